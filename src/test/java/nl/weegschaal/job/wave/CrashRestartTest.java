package nl.weegschaal.job.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.weegschaal.WeegschaalApplication;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the wave job with SIGKILL at random moments, again and again, and restarts it each time:
 * the run must always be resumable, never leave a half-written result in sight, and end with the
 * same tables (rejects included) as an uninterrupted run.
 */
class CrashRestartTest {
    static final int KILLS = 20;
    static final List<String> TABLES = List.of("estimates", "weights", "strata", "responses", "rejects", "codebook",
            "weight_diagnostics");

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsTheWaveStillEndsWithTheUninterruptedTables() throws Exception {
        Path reference = SampleProject.copyTo(dir.resolve("reference"));
        long start = System.nanoTime();
        assertThat(run(reference).waitFor()).isEqualTo(ExitCodes.OK);
        // kill anywhere between the JVM's start and the end of an uninterrupted run
        int span = (int) ((System.nanoTime() - start) / 1_000_000);
        // the same run again is already done: its time is the start-up alone, before any step
        start = System.nanoTime();
        assertThat(run(reference).waitFor()).isEqualTo(ExitCodes.ALREADY_DONE);
        int startUp = (int) ((System.nanoTime() - start) / 1_000_000);
        int job = Math.max(200, span - startUp);
        Path expected = reference.getParent().getParent().resolve("out/wave-2024.duckdb");

        Path spec = SampleProject.copyTo(dir.resolve("killed"));
        Path result = spec.getParent().getParent().resolve("out/wave-2024.duckdb");
        Random random = new Random(20241124);
        Map<String, Integer> killedIn = new java.util.TreeMap<>();
        int kills = 0;
        for (int cycle = 1; kills < KILLS; cycle++) {
            // a slightly different spec is a new run of the wave, to be killed again from its start
            String yaml = Files.readString(spec).replaceAll("max_share: [0-9.]+", "max_share: 0.05" + cycle);
            Files.writeString(spec, yaml);
            boolean done = false;
            while (!done) {
                long executionsBefore = executions(spec);
                Process process = run(spec);
                long delay = Long.MAX_VALUE / 2;
                if (kills < KILLS) {
                    // now and then during start-up, otherwise anywhere in the steps that follow it
                    delay = kills % 5 == 4 ? random.nextInt(startUp) : startUp + random.nextInt(job);
                }
                if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    assertThat(process.exitValue()).as("a run after a kill completes the wave: %s",
                            Files.readString(spec.getParent().resolve("run.log")))
                            .isIn(ExitCodes.OK, ExitCodes.ALREADY_DONE);
                    done = true;
                } else {
                    process.destroyForcibly().waitFor(); // SIGKILL
                    kills++;
                    killedIn.merge(executions(spec) == executionsBefore ? "start-up" : stepRunning(spec), 1,
                            Integer::sum);
                    if (Files.exists(result)) {
                        assertThat(DuckDb.single(result, "SELECT count(*) FROM estimates"))
                                .as("a visible result is whole").isNotEqualTo(0L);
                    }
                }
            }
            for (String table : TABLES) {
                assertThat(DuckDb.query(result, "SELECT * FROM " + table)).as(table + " after cycle " + cycle)
                        .isEqualTo(DuckDb.query(expected, "SELECT * FROM " + table));
            }
        }
        org.slf4j.LoggerFactory.getLogger(CrashRestartTest.class).info("{} kills (uninterrupted run {} ms), by the step "
                + "that was running: {}", kills, span, killedIn);
        org.slf4j.LoggerFactory.getLogger(CrashRestartTest.class).info("start-up {} ms, steps {} ms", startUp, job);
        assertThat(killedIn.keySet()).as("kills landed in several steps: " + killedIn).hasSizeGreaterThanOrEqualTo(3);
        assertThat(spec.getParent().getParent().resolve("out/wave-2024.xlsx")).isNotEmptyFile();
    }

    /** The step the killed run was in, from the job repository (or the start-up, before any step). */
    private static String stepRunning(Path spec) throws Exception {
        Path repository = spec.getParent().getParent().resolve("out/.weegschaal/job-repository");
        if (!Files.exists(repository.resolveSibling("job-repository.mv.db"))) {
            return "start-up";
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + repository + ";AUTO_SERVER=TRUE", "sa", "");
             var s = c.createStatement();
             var r = s.executeQuery("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STATUS = 'STARTED' AND "
                     + "JOB_EXECUTION_ID = (SELECT max(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) "
                     + "ORDER BY STEP_EXECUTION_ID DESC")) {
            return r.next() ? r.getString(1) : "between steps";
        } catch (java.sql.SQLException e) {
            return "start-up"; // killed while the repository's tables were being created
        }
    }

    /** The number of job executions in the repository (0 before it exists). */
    private static long executions(Path spec) throws Exception {
        Path repository = spec.getParent().getParent().resolve("out/.weegschaal/job-repository");
        if (!Files.exists(repository.resolveSibling("job-repository.mv.db"))) {
            return 0;
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + repository + ";AUTO_SERVER=TRUE", "sa", "");
             var s = c.createStatement(); var r = s.executeQuery("SELECT count(*) FROM BATCH_JOB_EXECUTION")) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    /** The command line in a JVM of its own, so that it can be killed. */
    private static Process run(Path spec) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WeegschaalApplication.class.getName(), "run",
                spec.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(spec.getParent().resolve("run.log").toFile()).start();
    }
}
