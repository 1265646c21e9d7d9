package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.ChildRun;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.Deadline;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends the wave job SIGTERM (as systemd or {@code kill} do) while it is inside a step, in a JVM of
 * its own: the run must stop after that step, record STOPPED in the job repository, say so in one
 * line and exit with {@link ExitCodes#STOPPED}, leave no half-written result in sight, and continue
 * from the stopped step to the same tables as an uninterrupted run. The step is made long enough to
 * be hit for certain by pausing in it ({@link FaultInjection#PAUSE_PROPERTY}); the test sends the
 * signal as soon as the run says it is pausing.
 */
class GracefulStopTest {
    static final long PAUSE_MILLIS = 3000;
    static final Duration LIMIT = Duration.ofMinutes(2);

    @TempDir
    static Path shared;
    static Path expected;
    static Path reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        reference = SampleProject.copyTo(shared.resolve("reference"));
        CliRun run = CliRun.of(shared.resolve("home"), "run", reference.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        expected = Files.copy(result(reference), shared.resolve("expected.duckdb"));
    }

    @Test
    void stoppedInATaskletStepTheRestartContinuesThereToTheUninterruptedTables() throws Exception {
        Path spec = SampleProject.copyTo(dir);
        try (ChildRun run = runUntilPausedThenTerminate(spec, "computeWeights")) {
            assertStopped(run, spec, "computeWeights");
        }
        assertThat(stepStatuses(spec)).containsExactly("ingestExports COMPLETED", "ingestExport:ingest-cati COMPLETED",
                "ingestExport:ingest-cawi COMPLETED", "deriveStrata COMPLETED", "computeWeights STOPPED");
        assertThat(result(spec)).as("no result before publish").doesNotExist();
        assertThat(spec.getParent().getParent().resolve("out")).isDirectoryNotContaining("glob:**.tmp-*");

        CliRun restart = CliRun.of(dir.resolve("home"), "restart", spec.toString());
        assertThat(restart.exitCode()).as(restart.err()).isEqualTo(ExitCodes.OK);
        assertThat(stepStatuses(spec)).as("the restart begins at the stopped step").containsExactly(
                "computeWeights COMPLETED", "estimateTables COMPLETED", "publish COMPLETED",
                "publishWorkbook COMPLETED", "registerWave COMPLETED");
        assertSameTables(result(spec));
    }

    @Test
    void stoppedInTheIngestOfANewRunTheEarlierResultStaysAndTheNextRunContinues() throws Exception {
        // a changed spec is a new run of the wave whose result is in place already
        Files.writeString(reference, Files.readString(reference).replaceAll("max_share: [0-9.]+", "max_share: 0.051"));
        byte[] earlier = Files.readAllBytes(result(reference));
        try (ChildRun run = runUntilPausedThenTerminate(reference, "ingestExport:ingest-cawi")) {
            assertStopped(run, reference, "ingestExports");
        }
        // the partitions run one after the other, in no fixed order: the CATI one may not have begun
        assertThat(stepStatuses(reference)).startsWith("ingestExports STOPPED")
                .contains("ingestExport:ingest-cawi STOPPED").doesNotContain("deriveStrata STARTED")
                .hasSize(3);
        assertThat(Files.readAllBytes(result(reference))).as("the earlier result, untouched").isEqualTo(earlier);
        assertThat(result(reference).getParent()).isDirectoryNotContaining("glob:**.tmp-*");

        CliRun run = CliRun.of(shared.resolve("home"), "run", reference.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(stepStatuses(reference)).as("the run continues the stopped one").startsWith("ingestExports COMPLETED")
                .contains("ingestExport:ingest-cawi COMPLETED", "deriveStrata COMPLETED", "publishWorkbook COMPLETED");
        assertSameTables(result(reference));
    }

    /** Starts {@code run SPEC} in a JVM of its own, pausing in {@code step}, and sends it SIGTERM there. */
    private static ChildRun runUntilPausedThenTerminate(Path spec, String step) throws Exception {
        ChildRun run = ChildRun.start(spec.resolveSibling("logs"), "run", Map.of(), List.of("-D"
                + FaultInjection.PAUSE_PROPERTY + "=" + step, "-D" + FaultInjection.PAUSE_MILLIS_PROPERTY + "="
                + PAUSE_MILLIS), "run", spec.toString());
        try {
            run.expectLine(text -> text.contains("pausing " + PAUSE_MILLIS + " ms in step " + step),
                    "the pause in " + step, Deadline.in(LIMIT, "the limit of a run"));
        } catch (AssertionError e) {
            run.close();
            throw e;
        }
        run.terminate(); // SIGTERM
        return run;
    }

    private static void assertStopped(ChildRun run, Path spec, String step) throws Exception {
        long start = System.nanoTime();
        int exitCode = run.awaitExit(Deadline.in(LIMIT, "the limit of a run after SIGTERM"));
        assertThat(exitCode).as("exit code after %d ms: %s", (System.nanoTime() - start) / 1_000_000, run.err())
                .isEqualTo(ExitCodes.STOPPED);
        assertThat(run.err()).contains("weegschaal: stopped by SIGTERM during step " + step + "; `restart " + spec
                + "` continues from there");
        assertThat(run.out()).as("no summary").isEmpty();
        assertThat(jobStatus(spec)).isEqualTo("STOPPED");
    }

    private static void assertSameTables(Path result) throws Exception {
        for (String table : CrashCycles.TABLES) {
            assertThat(DuckDb.query(result, "SELECT * FROM " + table)).as(table)
                    .isEqualTo(DuckDb.query(expected, "SELECT * FROM " + table));
        }
    }

    private static Path result(Path spec) {
        return spec.getParent().getParent().resolve("out/wave-2024.duckdb");
    }

    /** The status of the last job execution in the wave's job repository. */
    private static String jobStatus(Path spec) throws Exception {
        List<String> status = JobRepositoryFile.query(spec,
                "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1");
        return status.isEmpty() ? "none" : status.get(0);
    }

    /** "step STATUS" for each step of the last job execution, in the order they were started. */
    private static List<String> stepStatuses(Path spec) throws Exception {
        return JobRepositoryFile.query(spec, "SELECT STEP_NAME || ' ' || STATUS FROM BATCH_STEP_EXECUTION WHERE "
                + "JOB_EXECUTION_ID = (SELECT max(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) "
                + "ORDER BY STEP_EXECUTION_ID");
    }
}
