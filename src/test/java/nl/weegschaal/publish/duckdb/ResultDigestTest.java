package nl.weegschaal.publish.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import nl.weegschaal.OutputException;
import nl.weegschaal.result.TableDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultDigestTest {
    @TempDir
    Path dir;

    @Test
    void theSameRowsInAnotherOrderAndAnotherRunGiveTheSameDigest() throws Exception {
        Path a = result("a.duckdb", "(1, 0.1), (2, 0.2)", "'2026-11-24 10:00'");
        Path b = result("b.duckdb", "(2, 0.2), (1, 0.1)", "'2026-11-25 09:00'");
        assertThat(ResultDigest.of(a)).isEqualTo(ResultDigest.of(b))
                .extracting(TableDigest::table).containsExactly("estimates")
                .as("runs and inputs record when a run happened, not what it found");
        assertThat(ResultDigest.of(a).get(0).rows()).isEqualTo(2);
    }

    @Test
    void aValueThatDiffersInItsLastDigitChangesTheDigest() throws Exception {
        Path a = result("a.duckdb", "(1, 0.1), (2, 0.2)", "'2026-11-24 10:00'");
        Path b = result("b.duckdb", "(1, 0.1), (2, 0.20000000000000004)", "'2026-11-24 10:00'");
        assertThat(ResultDigest.of(a).get(0).md5()).isNotEqualTo(ResultDigest.of(b).get(0).md5());
    }

    @Test
    void aFileThatIsNotThereIsNamed() {
        assertThatThrownBy(() -> ResultDigest.of(dir.resolve("missing.duckdb"))).isInstanceOf(OutputException.class)
                .hasMessageContaining("missing.duckdb does not exist");
    }

    private Path result(String name, String rows, String startedAt) throws Exception {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE estimates (cell INTEGER, estimate DOUBLE)");
            s.execute("INSERT INTO estimates VALUES " + rows);
            s.execute("CREATE TABLE runs AS SELECT TIMESTAMP " + startedAt + " AS started_at");
            s.execute("CREATE TABLE inputs AS SELECT " + startedAt + " AS file");
        }
        return file;
    }
}
