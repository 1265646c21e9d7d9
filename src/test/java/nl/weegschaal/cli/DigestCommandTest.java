package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest RESULT} on a result of {@code weigh}: one line per result table; a file that is not there is named. */
class DigestCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsEveryResultTableWithItsRowsAndHashButNotTheTablesAboutTheRun() throws Exception {
        Files.writeString(dir.resolve("responses.csv"), WeighErrorsTest.RESPONSES);
        Files.writeString(dir.resolve("frame.csv"), WeighErrorsTest.FRAME);
        Path out = dir.resolve("result.duckdb");
        CliRun weigh = CliRun.of(dir.resolve("home"), "weigh", "--responses", dir.resolve("responses.csv").toString(),
                "--frame", dir.resolve("frame.csv").toString(), "--strata", "sector,size", "--vars", "q",
                "--method", "stratified", "--out", out.toString());
        assertThat(weigh.exitCode()).as(weigh.err()).isZero();

        CliRun digest = CliRun.of(dir.resolve("home"), "digest", out.toString());

        assertThat(digest.exitCode()).as(digest.err()).isZero();
        assertThat(digest.out().lines().map(line -> line.split("\\s+")[0]))
                .containsExactly("estimates", "strata", "weight_diagnostics", "weights");
        long estimates = (Long) DuckDb.single(out, "SELECT count(*) FROM estimates");
        String md5 = (String) DuckDb.single(out, "SELECT md5(string_agg(t::VARCHAR, chr(10) ORDER BY t::VARCHAR)) "
                + "FROM estimates t");
        assertThat(digest.out().lines().findFirst().orElseThrow())
                .matches("estimates +" + estimates + " rows  " + md5);
    }

    @Test
    void aResultThatIsNotThereIsNamedAndIsBadInput() {
        CliRun digest = CliRun.of(dir.resolve("home"), "digest", dir.resolve("missing.duckdb").toString());
        assertThat(digest.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(digest.err()).contains("missing.duckdb does not exist or is not a file");
    }
}
