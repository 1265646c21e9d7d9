package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that succeed with something to say: dropped frame strata, a relative job-repository home. */
class WeighWarningsTest {
    @TempDir
    Path dir;

    @Test
    void frameStrataWithoutRespondentsAreDroppedAndListed() throws Exception {
        Files.writeString(dir.resolve("responses.csv"), WeighErrorsTest.RESPONSES);
        Files.writeString(dir.resolve("frame.csv"), WeighErrorsTest.FRAME + "03,small,40\n");
        Path out = dir.resolve("result.duckdb");

        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", dir.resolve("responses.csv").toString(),
                "--frame", dir.resolve("frame.csv").toString(), "--strata", "sector,size", "--vars", "q",
                "--method", "stratified", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("4 strata, 1 dropped");
        List<Map<String, Object>> dropped = DuckDb.query(out, "SELECT * FROM strata WHERE dropped");
        assertThat(dropped).hasSize(1);
        assertThat(dropped.get(0)).containsEntry("sector", "03").containsEntry("population", 40.0)
                .containsEntry("respondents", 0L);
        assertThat(DuckDb.single(out, "SELECT sum(weight) FROM weights")).isEqualTo(210.0);
    }

    @Test
    void relativeRepositoryHomeIsResolvedAgainstTheWorkingDirectory() throws Exception {
        Files.writeString(dir.resolve("responses.csv"), WeighErrorsTest.RESPONSES);
        Files.writeString(dir.resolve("frame.csv"), WeighErrorsTest.FRAME);
        Path relative = Path.of("target", "relative-home-" + System.nanoTime());

        CliRun run = CliRun.of(relative, "weigh", "--responses", dir.resolve("responses.csv").toString(),
                "--frame", dir.resolve("frame.csv").toString(), "--strata", "sector,size", "--vars", "q",
                "--method", "rake", "--out", dir.resolve("r.duckdb").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(relative.resolve("job-repository.mv.db")).exists();
    }
}
