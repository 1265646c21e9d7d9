package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.weegschaal.launch.JobContextConfiguration;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The wave job with its Spring Batch job repository in a real PostgreSQL server instead of the
 * embedded H2 file: runs, already done, restart after a failure, recovery after a kill and the
 * refusal of a concurrent run. Each test gets a database of its own ({@link PostgresDatabase}), so
 * Spring Batch's schema is created from scratch every time. {@code .ci/run} starts the server;
 * without it these tests are skipped. Real kills: {@link PostgresCrashRestartTest}; the wave's lock
 * in the repository: {@code RepositoryLockTest}.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.ENABLED_BY, matches = ".+")
class PostgresRepositoryTest {
    static final List<String> BATCH_TABLES = List.of("batch_job_instance", "batch_job_execution",
            "batch_job_execution_params", "batch_job_execution_context", "batch_step_execution",
            "batch_step_execution_context");
    static final List<String> RESULT_TABLES = List.of("estimates", "weights", "strata", "responses", "rejects",
            "codebook", "weight_diagnostics");

    @TempDir
    Path project;
    Path spec;
    Path result;
    PostgresDatabase database;

    @BeforeEach
    void freshDatabaseAndProject() throws Exception {
        spec = nl.weegschaal.testing.SampleProject.copyTo(project);
        result = project.resolve("out/wave-2024.duckdb");
        database = PostgresDatabase.create().useForRunsInThisJvm();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        System.clearProperty(FaultInjection.PROPERTY);
        database.close();
    }

    CliRun run(String command) {
        return CliRun.of(project.resolve("home"), command, spec.toString());
    }

    List<Map<String, Object>> sql(String query) throws SQLException {
        return database.sql(query);
    }

    int update(String statement) throws SQLException {
        return database.update(statement);
    }

    List<String> batchTables() throws SQLException {
        return database.batchTables();
    }

    /** Per step name, how many executions the given job instance has had. */
    Map<String, Long> stepExecutions(long instanceId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> row : sql("SELECT s.step_name, count(*) AS n FROM batch_step_execution s "
                + "JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id WHERE e.job_instance_id = "
                + instanceId + " GROUP BY s.step_name ORDER BY s.step_name")) {
            counts.put((String) row.get("step_name"), (Long) row.get("n"));
        }
        return counts;
    }

    long latestInstance() throws SQLException {
        return (Long) sql("SELECT max(job_instance_id) AS id FROM batch_job_instance").get(0).get("id");
    }

    /** A first, uninterrupted run, moved aside; the spec is then changed a little so that the next run is new. */
    Path uninterruptedRun() throws Exception {
        Path uninterrupted = project.resolve("uninterrupted.duckdb");
        assertThat(run("run").exitCode()).isEqualTo(ExitCodes.OK);
        Files.move(result, uninterrupted);
        Files.delete(project.resolve("out/wave-2024.xlsx"));
        Files.writeString(spec, Files.readString(spec).replace("max_share: 0.05", "max_share: 0.049"));
        return uninterrupted;
    }

    void assertSameTables(Path uninterrupted) throws Exception {
        for (String table : RESULT_TABLES) {
            assertThat(DuckDb.query(result, "SELECT * FROM " + table))
                    .as(table).isEqualTo(DuckDb.query(uninterrupted, "SELECT * FROM " + table));
        }
        assertThat(DuckDb.query(result, "SELECT run_id FROM runs")).hasSize(1);
        assertThat(project.resolve("out/wave-2024.xlsx")).isNotEmptyFile();
    }

    @Test
    void aRunKeepsItsJobRepositoryInPostgresqlWhoseSchemaItCreates() throws Exception {
        assertThat(batchTables()).as("a fresh database").isEmpty();

        CliRun run = run("run");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(result).isNotEmptyFile();
        assertThat(project.resolve("out/wave-2024.xlsx")).isNotEmptyFile();
        assertThat(DuckDb.single(result, "SELECT count(*) FROM weights")).isEqualTo(2306L);

        assertThat(batchTables()).as("schema-postgresql.sql ran").containsExactlyElementsOf(
                BATCH_TABLES.stream().sorted().toList());
        assertThat(sql("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = current_schema() "
                + "ORDER BY 1")).extracting(r -> r.get("sequence_name")).containsExactly(
                "batch_job_execution_seq", "batch_job_instance_seq", "batch_step_execution_seq");
        List<Map<String, Object>> executions = sql("SELECT i.job_name, e.status, e.exit_code, e.end_time "
                + "FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id");
        assertThat(executions).hasSize(1);
        assertThat(executions.get(0)).containsEntry("job_name", WaveJobConfiguration.JOB_NAME)
                .containsEntry("status", "COMPLETED").containsEntry("exit_code", "COMPLETED");
        assertThat(executions.get(0).get("end_time")).isNotNull();
        assertThat(sql("SELECT DISTINCT status FROM batch_step_execution")).extracting(r -> r.get("status"))
                .containsExactly("COMPLETED");
        assertThat(stepExecutions(latestInstance())).containsKeys("ingestExports", "deriveStrata", "computeWeights",
                "estimateTables", "publish", "publishWorkbook");
        assertThat(sql("SELECT parameter_name FROM batch_job_execution_params")).extracting(r -> r.get("parameter_name"))
                .contains("spec", "spec_sha256", "frame_sha256");
        assertThat(project.resolve("out/.weegschaal")).as("no H2 repository on the side")
                .doesNotExist();
    }

    @Test
    void theSameSpecOnTheSameInputsIsAlreadyDone() throws Exception {
        assertThat(run("run").exitCode()).isEqualTo(ExitCodes.OK);
        CliRun again = run("run");
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.ALREADY_DONE);
        assertThat(again.out()).contains("wave-2024 is already done", "nothing changed");
        assertThat(sql("SELECT status FROM batch_job_execution")).extracting(r -> r.get("status"))
                .containsExactly("COMPLETED");
    }

    @Test
    void aFailedRunIsRestartedAtTheStepThatFailed() throws Exception {
        Path uninterrupted = uninterruptedRun();

        System.setProperty(FaultInjection.PROPERTY, "computeWeights");
        CliRun failed = run("run");
        assertThat(failed.exitCode()).as(failed.out()).isNotEqualTo(ExitCodes.OK);
        assertThat(result).doesNotExist();
        System.clearProperty(FaultInjection.PROPERTY);
        long instance = latestInstance();
        assertThat(sql("SELECT status FROM batch_job_execution WHERE job_instance_id = " + instance))
                .extracting(r -> r.get("status")).containsExactly("FAILED");

        CliRun restarted = run("restart");
        assertThat(restarted.exitCode()).as(restarted.err()).isEqualTo(ExitCodes.OK);
        assertThat(sql("SELECT status FROM batch_job_execution WHERE job_instance_id = " + instance
                + " ORDER BY job_execution_id")).extracting(r -> r.get("status")).containsExactly("FAILED", "COMPLETED");
        Map<String, Long> steps = stepExecutions(instance);
        assertThat(steps).as("the steps before computeWeights are not run again").containsEntry("ingestExports", 1L)
                .containsEntry("deriveStrata", 1L).containsEntry("computeWeights", 2L)
                .containsEntry("estimateTables", 1L).containsEntry("publish", 1L).containsEntry("publishWorkbook", 1L);
        assertThat(steps.keySet().stream().filter(s -> s.startsWith("ingestExport:")))
                .isNotEmpty().allSatisfy(s -> assertThat(steps.get(s)).as(s).isEqualTo(1L));
        assertSameTables(uninterrupted);
    }

    /**
     * What a kill leaves behind, written into the repository directly: the next run, which holds
     * the wave's locks, marks the dead execution failed and continues it. Real kills:
     * {@link PostgresCrashRestartTest}.
     */
    @Test
    void aRunThatWasKilledIsRecoveredAndContinuedByTheNextRun() throws Exception {
        Path uninterrupted = uninterruptedRun();

        System.setProperty(FaultInjection.PROPERTY, "computeWeights");
        assertThat(run("run").exitCode()).isNotEqualTo(ExitCodes.OK);
        System.clearProperty(FaultInjection.PROPERTY);
        long instance = latestInstance();
        // what a JVM killed during computeWeights leaves behind: the job and the step still STARTED
        long killed = (Long) sql("SELECT job_execution_id FROM batch_job_execution WHERE job_instance_id = "
                + instance).get(0).get("job_execution_id");
        assertThat(update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL "
                + "WHERE job_execution_id = " + killed)).isEqualTo(1);
        assertThat(update("UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL "
                + "WHERE job_execution_id = " + killed + " AND step_name = 'computeWeights'")).isEqualTo(1);

        CliRun next = run("run");
        assertThat(next.exitCode()).as(next.err()).isEqualTo(ExitCodes.OK);
        List<Map<String, Object>> executions = sql("SELECT job_execution_id, status, end_time FROM batch_job_execution "
                + "WHERE job_instance_id = " + instance + " ORDER BY job_execution_id");
        assertThat(executions).hasSize(2);
        assertThat(executions.get(0).get("status")).as("the killed execution is no longer running")
                .isEqualTo("FAILED");
        assertThat(sql("SELECT status FROM batch_step_execution WHERE job_execution_id = " + killed
                + " AND step_name = 'computeWeights'")).extracting(r -> r.get("status")).containsExactly("FAILED");
        assertThat(executions.get(0).get("end_time")).isNotNull();
        assertThat(executions.get(1).get("status")).isEqualTo("COMPLETED");
        assertThat(sql("SELECT count(*) AS n FROM batch_job_execution WHERE status IN ('STARTING', 'STARTED', "
                + "'STOPPING')").get(0).get("n")).isEqualTo(0L);
        Map<String, Long> steps = stepExecutions(instance);
        assertThat(steps).containsEntry("ingestExports", 1L).containsEntry("deriveStrata", 1L)
                .containsEntry("computeWeights", 2L).containsEntry("publish", 1L);
        assertSameTables(uninterrupted);
    }

    @Test
    void aSecondRunOfTheSameWaveAtOnceIsRefused() throws Exception {
        Files.createDirectories(project.resolve("out"));
        try (FileChannel channel = FileChannel.open(project.resolve("out/.wave-2024.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            CliRun second = run("run");
            assertThat(second.exitCode()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(second.err()).contains("another run of wave-2024 is in progress");
        }
        assertThat(result).doesNotExist();
        // the lock is taken before the job repository is even opened: PostgreSQL saw nothing
        assertThat(batchTables()).isEmpty();
        assertThat(run("run").exitCode()).as("once the first run is gone").isEqualTo(ExitCodes.OK);
    }

    /**
     * Below the CLI's lock (which never lets two runs of a wave reach the repository, and which lets
     * the lock holder treat a STARTED execution as dead), Spring Batch itself refuses a second
     * execution of a job instance that PostgreSQL records as running.
     */
    @Test
    void springBatchRefusesASecondExecutionOfAnInstanceThatIsRunning() throws Exception {
        JobParameters parameters = WaveParameters.of(SpecLoader.load(spec));
        System.setProperty(FaultInjection.PROPERTY, "computeWeights");
        assertThat(run("run").exitCode()).isNotEqualTo(ExitCodes.OK);
        System.clearProperty(FaultInjection.PROPERTY);
        update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL");

        try (ConfigurableApplicationContext context = context()) {
            JobOperator operator = context.getBean(JobOperator.class);
            Job job = context.getBean("waveJob", Job.class);
            assertThatThrownBy(() -> operator.start(job, parameters))
                    .isInstanceOf(JobExecutionAlreadyRunningException.class);
        }
        assertThat(sql("SELECT status FROM batch_job_execution")).extracting(r -> r.get("status"))
                .containsExactly("STARTED");
    }

    /**
     * Two processes (two contexts, each with its own connection pool) that start the same new job
     * instance at the same moment, bypassing the CLI's locks: PostgreSQL never holds two executions
     * of it; one start is refused and one run completes. (Two restarts of a failed instance are not
     * refused this way: Spring Batch lets both run; see {@code RepositoryLockTest}.)
     */
    @Test
    void twoStartsOfTheSameNewInstanceAtOnceGiveOneExecution() throws Exception {
        startTwiceAtOnce();
        assertThat(sql("SELECT count(*) AS n FROM batch_job_instance").get(0).get("n")).isEqualTo(1L);
        assertThat(sql("SELECT status FROM batch_job_execution")).extracting(r -> r.get("status"))
                .containsExactly("COMPLETED");
    }

    private void startTwiceAtOnce() throws Exception {
        JobParameters parameters = WaveParameters.of(SpecLoader.load(spec));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (ConfigurableApplicationContext first = context(); ConfigurableApplicationContext second = context()) {
            CountDownLatch ready = new CountDownLatch(2);
            List<Future<JobExecution>> starts = new ArrayList<>();
            for (ConfigurableApplicationContext context : List.of(first, second)) {
                JobOperator operator = context.getBean(JobOperator.class);
                Job job = context.getBean("waveJob", Job.class);
                starts.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await(1, TimeUnit.MINUTES); // then start anyway: the wait for the outcome is bounded
                    return operator.start(job, parameters);
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<JobExecution> start : starts) {
                try {
                    outcomes.add(start.get(5, TimeUnit.MINUTES).getStatus());
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a start of the job did not end within 5 minutes; outcomes so far: "
                            + outcomes, e);
                }
            }
            assertThat(outcomes).as("one run completes").containsOnlyOnce(BatchStatus.COMPLETED);
            assertThat(outcomes).as("the other start is refused").filteredOn(o -> o instanceof Throwable)
                    .hasSize(1).allSatisfy(o -> assertThat(o).isInstanceOfAny(
                            // the other execution is running (or has completed by then)
                            JobExecutionAlreadyRunningException.class,
                            org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException.class,
                            // both at the same moment: PostgreSQL's serializable isolation refuses one
                            org.springframework.dao.CannotAcquireLockException.class,
                            org.springframework.dao.PessimisticLockingFailureException.class,
                            org.springframework.dao.DuplicateKeyException.class,
                            // Spring Batch creates the instance and its first execution in two
                            // transactions: the other start finds the instance being created ("JobInstance
                            // must not already exist") or created without its execution yet ("Cannot find
                            // any job execution for job instance")
                            IllegalStateException.class));
        } finally {
            threads.shutdownNow();
        }
    }

    ConfigurableApplicationContext context() {
        return new SpringApplicationBuilder(JobContextConfiguration.class)
                .properties(Map.of("weegschaal.repository", project.resolve("unused-h2").toString())).run();
    }
}
