package nl.weegschaal.job.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.weegschaal.WeegschaalApplication;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.PostgresDatabase;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Real kills with the job repository in PostgreSQL: the wave job runs in a JVM of its own, which is
 * killed with SIGKILL while a given step runs (as PostgreSQL records it), once in each of several
 * steps, each time continued by the next run. The wave must end with the tables of an uninterrupted
 * run, and PostgreSQL must be left with no execution or step that claims to be running.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.ENABLED_BY, matches = ".+")
class PostgresCrashRestartTest {
    /** Where the runs are killed: in a partition of the ingest, then in later steps of the restarts. */
    static final List<String> KILL_IN = List.of("ingestExport:", "computeWeights", "estimateTables", "publish");
    static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @TempDir
    Path dir;
    PostgresDatabase database;

    @BeforeEach
    void database() throws Exception {
        database = PostgresDatabase.create();
    }

    @AfterEach
    void drop() throws Exception {
        database.close();
    }

    @Test
    void killedInSeveralStepsTheWaveEndsWithTheUninterruptedTablesAndNothingLeftRunning() throws Exception {
        Path reference = SampleProject.copyTo(dir.resolve("reference"));
        assertThat(run(reference).waitFor()).isEqualTo(ExitCodes.OK);

        Path spec = SampleProject.copyTo(dir.resolve("killed"));
        Path result = dir.resolve("killed/out/wave-2024.duckdb");
        Map<String, String> killedIn = new LinkedHashMap<>();
        for (String step : KILL_IN) {
            Process process = run(spec);
            String running = awaitStep(process, step);
            process.destroyForcibly().waitFor(); // SIGKILL
            killedIn.put(step, running);
            if (Files.exists(result)) {
                assertThat(DuckDb.single(result, "SELECT count(*) FROM estimates")).as("a visible result is whole")
                        .isNotEqualTo(0L);
            }
        }
        LoggerFactory.getLogger(PostgresCrashRestartTest.class).info("killed in {}", killedIn.values());
        assertThat(database.single("SELECT count(*) FROM batch_job_execution WHERE status IN " + RUNNING))
                .as("the last kill left its execution running").isEqualTo(1L);

        Process last = run(spec);
        assertThat(last.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(spec.resolveSibling("run.log"))).isEqualTo(ExitCodes.OK);

        for (String table : PostgresRepositoryTest.RESULT_TABLES) {
            assertThat(DuckDb.query(result, "SELECT * FROM " + table)).as(table)
                    .isEqualTo(DuckDb.query(dir.resolve("reference/out/wave-2024.duckdb"), "SELECT * FROM " + table));
        }
        assertThat(DuckDb.query(result, "SELECT run_id FROM runs")).hasSize(1);
        assertThat(dir.resolve("killed/out/.wave-2024.staging.duckdb")).as("work file removed").doesNotExist();
        long instance = (Long) database.single("SELECT max(job_instance_id) FROM batch_job_instance");
        assertThat(database.sql("SELECT status FROM batch_job_execution WHERE job_instance_id = " + instance
                + " ORDER BY job_execution_id")).extracting(r -> r.get("status"))
                .containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "COMPLETED");
        assertThat(database.single("SELECT count(*) FROM batch_job_execution WHERE status IN " + RUNNING
                + " OR end_time IS NULL")).as("no execution left running").isEqualTo(0L);
        assertThat(database.single("SELECT count(*) FROM batch_step_execution WHERE status IN " + RUNNING
                + " OR end_time IS NULL")).as("no step left running").isEqualTo(0L);
    }

    /**
     * Waits until PostgreSQL records a step whose name starts with {@code step} as running in the
     * latest execution; returns its name. Steps of the sample wave take some tens of milliseconds,
     * so this asks every few milliseconds on a connection it keeps.
     */
    private String awaitStep(Process process, String step) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT step_name FROM batch_step_execution WHERE status = 'STARTED' AND step_name LIKE ? AND "
                        + "job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)")) {
            query.setString(1, step + "%");
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("the run ended before it reached " + step).isTrue();
                try (ResultSet running = query.executeQuery()) {
                    if (running.next()) {
                        return running.getString(1);
                    }
                } catch (SQLException e) {
                    // Spring Batch's tables are not there yet
                }
                Thread.sleep(2);
            }
        }
        throw new AssertionError(step + " was not reached within a minute");
    }

    /** The command line in a JVM of its own, with the repository set as an operator sets it. */
    private Process run(Path spec) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WeegschaalApplication.class.getName(), "run",
                spec.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(spec.resolveSibling("run.log").toFile());
        builder.environment().putAll(database.environment());
        return builder.start();
    }
}
