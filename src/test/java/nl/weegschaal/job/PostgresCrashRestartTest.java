package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.ChildRun;
import nl.weegschaal.testing.Deadline;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.PostgresDatabase;
import nl.weegschaal.testing.SampleProject;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Real kills with the job repository in PostgreSQL: the wave job runs in a JVM of its own, which is
 * killed with SIGKILL by a {@link StepKiller} in each of several steps in turn (or, when the step
 * ends sooner than it did before, at the start of the next one), each time continued by the next run.
 * The wave must end with the tables of an uninterrupted run, and PostgreSQL must be left with no
 * execution or step that claims to be running. Bounded: every run and wait within {@link #BUDGET}.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.ENABLED_BY, matches = ".+")
class PostgresCrashRestartTest {
    /** Where the runs are killed: in the ingest, then in later steps of the restarts. */
    static final List<String> KILL_IN = List.of("ingestExports", "computeWeights", "estimateTables", "publish");
    static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";
    static final Duration BUDGET = Duration.ofMinutes(4);

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
        Deadline budget = Deadline.in(BUDGET, "the time budget of the PostgreSQL crash test");
        StepKiller killer = new StepKiller(new Random(20241124));
        Path reference = SampleProject.copyTo(dir.resolve("reference"));
        try (ChildRun run = start(reference, "reference", List.of())) {
            assertThat(run.awaitExit(budget)).as(run.err()).isEqualTo(ExitCodes.OK);
            killer.learn(run);
        }

        Path spec = SampleProject.copyTo(dir.resolve("killed"));
        Path result = dir.resolve("killed/out/wave-2024.duckdb");
        List<String> killedIn = new ArrayList<>();
        @Nullable String resume = StepKiller.STEPS.get(0);
        for (String step : KILL_IN) {
            String name = "run-" + killedIn.size();
            StepKiller.Outcome outcome = killer.kill(options -> start(spec, name, options), step, resume, budget);
            assertThat(outcome.killed()).as("%s, to be killed in %s, was killed (exit %d)", name, step,
                    outcome.exitCode()).isTrue();
            killedIn.add(outcome.landed());
            resume = StepKiller.resumeAfter(outcome.landed(), resume);
            if (Files.exists(result)) {
                assertThat(DuckDb.single(result, "SELECT count(*) FROM estimates")).as("a visible result is whole")
                        .isNotEqualTo(0L);
            }
        }
        LoggerFactory.getLogger(PostgresCrashRestartTest.class).info("killed in {}", killedIn);
        assertThat(database.single("SELECT count(*) FROM batch_job_execution WHERE status IN " + RUNNING))
                .as("the last kill left its execution running").isEqualTo(1L);

        try (ChildRun last = start(spec, "last", List.of())) {
            assertThat(last.awaitExit(budget)).as(last.err()).isEqualTo(ExitCodes.OK);
        }
        assertFinished(result);
    }

    private void assertFinished(Path result) throws Exception {
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

    /** The command line in a JVM of its own, with the repository set as an operator sets it, logging its steps. */
    private ChildRun start(Path spec, String name, List<String> jvmOptions) throws java.io.IOException {
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(StepLog.LOGGING);
        return ChildRun.start(spec.resolveSibling("logs"), name, environment, jvmOptions, "run", spec.toString());
    }
}
