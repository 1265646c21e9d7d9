package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.weegschaal.launch.RepositoryLock;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.PostgresDatabase;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The wave's lock in a PostgreSQL job repository ({@link RepositoryLock}): runs of one wave that do
 * not share an output folder, and so not its lock file, but share the repository, never run at the
 * same time. Each test gets a database of its own; without {@code .ci/run}'s server they are skipped.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.ENABLED_BY, matches = ".+")
class RepositoryLockTest {
    static final String REFUSED = "another run of wave-2024 is in progress (the PostgreSQL job repository ";

    @TempDir
    Path dir;
    PostgresDatabase database;

    @BeforeEach
    void database() throws Exception {
        database = PostgresDatabase.create().useForRunsInThisJvm();
    }

    @AfterEach
    void drop() throws Exception {
        System.clearProperty("weegschaal.fail-at");
        database.close();
    }

    CliRun cli(Path spec, String command) {
        return CliRun.of(dir.resolve("home"), command, spec.toString());
    }

    @Test
    void aRunIsRefusedWhileAnotherSessionHoldsTheWavesLock() throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("project"));
        Path out = dir.resolve("project/out");
        try (Connection other = database.connect();
             PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, RepositoryLock.key("wave-2024"));
            lock.execute();

            CliRun refused = refusedAtOnce(spec, "run");
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(refused.err()).contains(REFUSED + database.url().split("\\?")[0]
                    + " holds its lock); this one did nothing");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("nothing written")
                    .containsExactly(".wave-2024.lock");
        }
        assertThat(database.batchTables()).as("the lock is taken before the repository is read or changed")
                .isEmpty();

        CliRun afterwards = cli(spec, "run");
        assertThat(afterwards.exitCode()).as("once the other session is gone: " + afterwards.err())
                .isEqualTo(ExitCodes.OK);
        for (int i = 0; i < 500 && advisoryLocks() > 0; i++) {
            Thread.sleep(10); // the run's session ends as its connection closes
        }
        assertThat(advisoryLocks()).as("released within 500 looks, 10 ms apart, after the run ended").isEqualTo(0L);
    }

    /**
     * Two machines with output folders of their own start the wave at once: one runs, the other is
     * refused. Inserts into the repository are held up until the refusal, so that the run that won
     * the lock is certainly still in progress when the other asks for it.
     */
    @Test
    void twoRunsOfTheSameWaveWithOutputFoldersOfTheirOwnStartedAtOnceGiveOneRunAndOneRefusal() throws Exception {
        Path first = SampleProject.copyTo(dir.resolve("machine-a"));
        Path second = SampleProject.copyTo(dir.resolve("machine-b"));
        createSchema();
        List<CliRun> runs;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection held = holdInserts("batch_job_instance")) {
            CountDownLatch ready = new CountDownLatch(2);
            List<CompletableFuture<CliRun>> started = Stream.of(first, second).map(spec ->
                    CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        await(ready);
                        return cli(spec, "run");
                    }, threads)).toList();
            // the refused run ends; the other waits for its inserts
            CompletableFuture.anyOf(started.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
            held.rollback();
            runs = new java.util.ArrayList<>();
            for (CompletableFuture<CliRun> run : started) {
                runs.add(run.get(2, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(runs).extracting(CliRun::exitCode).as(runs.toString())
                .containsExactlyInAnyOrder(ExitCodes.OK, ExitCodes.ALREADY_RUNNING);
        CliRun refused = runs.stream().filter(r -> r.exitCode() == ExitCodes.ALREADY_RUNNING).findFirst().orElseThrow();
        assertThat(refused.err()).contains(REFUSED);
        assertThat(database.sql("SELECT status FROM batch_job_execution")).extracting(r -> r.get("status"))
                .containsExactly("COMPLETED");
        assertThat(Stream.of("machine-a", "machine-b").map(m -> dir.resolve(m + "/out/wave-2024.duckdb"))
                .filter(Files::exists)).hasSize(1);
    }

    /**
     * Spring Batch alone does not refuse two concurrent restarts of one failed job instance: each
     * checks that no execution is running, then inserts its own (both did, with PostgreSQL). Through
     * the command line the second restart is refused by the repository's lock, also when it comes
     * from a machine that does not share the output folder: here the first restart's lock file is
     * removed under it, so that the file lock does not see it. The first restart is held up before
     * it inserts its execution, where the two would race.
     */
    @Test
    void aSecondRestartOfAFailedRunWhileTheFirstIsInProgressIsRefused() throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("project"));
        System.setProperty("weegschaal.fail-at", "computeWeights");
        assertThat(cli(spec, "run").exitCode()).isNotEqualTo(ExitCodes.OK);
        System.clearProperty("weegschaal.fail-at");

        CompletableFuture<CliRun> firstRestart;
        CliRun secondRestart;
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection held = holdInserts("batch_job_execution")) {
            firstRestart = CompletableFuture.supplyAsync(() -> cli(spec, "restart"), thread);
            awaitAdvisoryLock();
            Files.delete(dir.resolve("project/out/.wave-2024.lock"));
            secondRestart = refusedAtOnce(spec, "restart");
            held.rollback();
        } finally {
            thread.shutdown();
        }
        assertThat(secondRestart.exitCode()).as(secondRestart.err()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(secondRestart.err()).contains(REFUSED);
        CliRun first = firstRestart.get(2, TimeUnit.MINUTES);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(database.sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id"))
                .extracting(r -> r.get("status")).containsExactly("FAILED", "COMPLETED");
    }

    private void createSchema() throws Exception {
        try (Connection connection = database.connect()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"));
        }
    }

    /** A transaction that lets the repository's table be read but not inserted into until it ends. */
    private Connection holdInserts(String table) throws Exception {
        Connection connection = database.connect();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
        }
        return connection;
    }

    /** The advisory locks held in this test's database. */
    private long advisoryLocks() throws Exception {
        return (Long) database.single("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                + "WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()");
    }

    private void awaitAdvisoryLock() throws Exception {
        for (int i = 0; i < 6000; i++) {
            if (advisoryLocks() > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no run took the wave's lock within a minute");
    }

    /**
     * {@code command SPEC}, which the wave's lock must refuse at once: bounded, as a run that is not
     * refused may wait for good for what the test's other session holds (the lock, or the inserts).
     */
    private CliRun refusedAtOnce(Path spec, String command) {
        return assertTimeoutPreemptively(Duration.ofMinutes(1), () -> cli(spec, command), () -> "`" + command
                + "` was not refused within a minute: it waits for what the other session holds");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).as("both runs ready to start within a minute").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
