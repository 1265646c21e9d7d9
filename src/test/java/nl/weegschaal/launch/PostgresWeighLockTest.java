package nl.weegschaal.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a PostgreSQL job repository, {@code weigh} takes the advisory lock of its result ({@link
 * RepositoryLock}, keyed by the job and the result's full path) as a wave run takes its wave's, so
 * that machines sharing the repository and a folder of results never write one result at once.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.ENABLED_BY, matches = ".+")
class PostgresWeighLockTest {
    @TempDir
    Path dir;
    PostgresDatabase database;

    @BeforeEach
    void database() throws Exception {
        database = PostgresDatabase.create().useForRunsInThisJvm();
        System.setProperty("weegschaal.home", dir.resolve("home").toString());
    }

    @AfterEach
    void drop() throws Exception {
        System.clearProperty("weegschaal.home");
        database.close();
    }

    @Test
    void aWeighIsRefusedWhileAnotherSessionHoldsTheLockOfItsResult() throws Exception {
        Path responses = Files.writeString(dir.resolve("responses.csv"), RepositoriesTest.RESPONSES);
        Path frame = Files.writeString(dir.resolve("frame.csv"), RepositoriesTest.FRAME);
        Path result = dir.resolve("out/r.duckdb");
        String[] weigh = {"weigh", "--responses", responses.toString(), "--frame", frame.toString(), "--strata",
            "sector,size", "--vars", "q", "--method", "stratified", "--out", result.toString()};
        try (Connection other = database.connect();
             PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, RepositoryLock.key("weigh", Repositories.canonical(result).toString()));
            lock.execute();
            // bounded: a run that is not refused may wait for good for what the other session holds
            CliRun refused = assertTimeoutPreemptively(Duration.ofMinutes(1),
                    () -> CliRun.of(dir.resolve("home"), weigh), "the weigh was not refused within a minute");
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(refused.err()).isEqualTo("weegschaal: error: another run of weigh --out " + result
                    + " is in progress (the PostgreSQL job repository " + database.url().split("\\?")[0]
                    + " holds its lock); this one did nothing\n");
        }
        assertThat(result).doesNotExist();
        assertThat(database.batchTables()).as("the lock is taken before the repository is read or changed")
                .isEmpty();

        CliRun afterwards = CliRun.of(dir.resolve("home"), weigh);
        assertThat(afterwards.exitCode()).as("once the other session is gone: " + afterwards.err())
                .isEqualTo(ExitCodes.OK);
        assertThat(database.sql("SELECT i.job_name, e.status FROM batch_job_execution e JOIN batch_job_instance i "
                + "ON i.job_instance_id = e.job_instance_id"))
                .containsExactly(Map.of("job_name", "weigh", "status", "COMPLETED"));
        try (Stream<Path> files = Files.walk(dir.resolve("home"))) {
            assertThat(files.map(Path::toString)).as("no H2 repository on the side").noneMatch(f -> f.endsWith(".db"));
        }
    }
}
