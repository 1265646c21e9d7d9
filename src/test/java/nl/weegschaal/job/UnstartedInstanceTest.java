package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed between the two transactions in which Spring Batch records a new job instance and its
 * first execution, or within the half second in which H2 has not yet written the second to its file,
 * leaves an instance without any execution (seen in {@link CrashRestartTest}: the next run failed with
 * an internal error, "Cannot find any job execution for job instance", and so did every run after it).
 */
class UnstartedInstanceTest {
    @TempDir
    Path dir;

    @Test
    void aJobInstanceThatADeadRunLeftWithoutAnExecutionIsStartedAfreshByTheNextRun() throws Exception {
        Path spec = SampleProject.copyTo(dir);
        System.setProperty(FaultInjection.PROPERTY, "deriveStrata");
        try {
            assertThat(CliRun.of(dir.resolve("home"), "run", spec.toString()).exitCode()).isNotEqualTo(ExitCodes.OK);
        } finally {
            System.clearProperty(FaultInjection.PROPERTY);
        }
        JobRepositoryFile.update(spec, "DELETE FROM BATCH_STEP_EXECUTION_CONTEXT", "DELETE FROM BATCH_STEP_EXECUTION",
                "DELETE FROM BATCH_JOB_EXECUTION_CONTEXT", "DELETE FROM BATCH_JOB_EXECUTION_PARAMS",
                "DELETE FROM BATCH_JOB_EXECUTION");
        assertThat(JobRepositoryFile.query(spec, "SELECT count(*) FROM BATCH_JOB_INSTANCE")).containsExactly("1");

        CliRun run = CliRun.of(dir.resolve("home"), "run", spec.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(JobRepositoryFile.query(spec, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("COMPLETED");
        assertThat(JobRepositoryFile.query(spec, "SELECT count(*) FROM BATCH_JOB_INSTANCE")).as("the one left removed")
                .containsExactly("1");
        assertThat(DuckDb.single(spec.getParent().getParent().resolve("out/wave-2024.duckdb"),
                "SELECT count(*) FROM responses")).isEqualTo(2306L);
    }
}
