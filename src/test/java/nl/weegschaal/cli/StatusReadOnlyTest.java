package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} only reads: it starts the job repository without the job and never creates the
 * repository's tables, so that looking at a wave changes nothing about it.
 */
class StatusReadOnlyTest {
    @TempDir
    Path dir;

    @Test
    void statusOfARepositoryWithoutTablesSaysNoRunsAndCreatesNoTables() throws Exception {
        Path spec = SampleProject.copyTo(dir);
        Path repository = spec.getParent().getParent().resolve("out/.weegschaal/wave-2024/job-repository");
        Files.createDirectories(repository.getParent());
        try (Connection empty = DriverManager.getConnection("jdbc:h2:file:" + repository, "sa", "")) {
            assertThat(tables(empty)).isZero();
        }

        CliRun status = CliRun.of(dir.resolve("home"), "status", spec.toString());

        assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
        assertThat(status.out()).contains("no runs yet");
        try (Connection after = DriverManager.getConnection("jdbc:h2:file:" + repository, "sa", "")) {
            assertThat(tables(after)).as("tables in the repository after status").isZero();
        }
    }

    private static int tables(Connection connection) throws Exception {
        int count = 0;
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                count++;
            }
        }
        return count;
    }
}
