package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
    void trimmedRakingCapsTheWeightsKeepsTheMarginsAndReportsTheCut() throws Exception {
        Path out = dir.resolve("trimmed.duckdb");
        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", "sample-data/synthetic/responses.csv",
                "--frame", "sample-data/synthetic/frame.csv", "--strata", "sector_cluster,size_class",
                "--vars", "banen_erbij", "--method", "rake", "--trim-ratio", "8", "--id", "id",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        double median = ((Number) DuckDb.single(out, "SELECT median_weight FROM weight_diagnostics "
                + "WHERE domain_var = 'total'")).doubleValue();
        double cap = ((Number) DuckDb.single(out, "SELECT max(untrimmed_weight) FROM strata")).doubleValue();
        assertThat((Double) DuckDb.single(out, "SELECT max(weight) FROM strata")).isLessThan(cap);
        assertThat((Long) DuckDb.single(out, "SELECT n_trimmed_respondents FROM runs")).isPositive();
        assertThat((Long) DuckDb.single(out, "SELECT count(*) FROM (SELECT s.sector_cluster, sum(s.weight * "
                + "s.respondents) AS w, sum(s.population) AS n FROM strata s GROUP BY 1) WHERE abs(w - n) > 1e-6 * n"))
                .as("every sector margin holds").isZero();
        assertThat(median).isPositive();
    }

    @Test
    void aRakeMarginCategoryWithoutRespondentsIsFoldedIntoItsNeighbourByCollapsing() throws Exception {
        Files.writeString(dir.resolve("responses.csv"), WeighErrorsTest.RESPONSES);
        Files.writeString(dir.resolve("frame.csv"), WeighErrorsTest.FRAME + "01,mid,30\n02,mid,20\n");
        Path out = dir.resolve("folded.duckdb");
        List<String> args = List.of("weigh", "--responses", dir.resolve("responses.csv").toString(),
                "--frame", dir.resolve("frame.csv").toString(), "--strata", "sector,size", "--vars", "q",
                "--method", "rake", "--out", out.toString());
        CliRun refused = CliRun.of(dir.resolve("home"), args.toArray(String[]::new));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("margin size = mid has no respondents (population 50)", "--merge");

        List<String> collapsing = new java.util.ArrayList<>(args);
        collapsing.addAll(List.of("--collapse-below", "2"));
        CliRun run = CliRun.of(dir.resolve("home"), collapsing.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DuckDb.query(out, "SELECT sector, collapsed_stratum, respondents, dropped FROM strata "
                + "WHERE size = 'mid' ORDER BY sector")).extracting(r -> r.get("collapsed_stratum") + "/"
                + r.get("respondents") + "/" + r.get("dropped"))
                .containsExactly("01 x large+mid/0/false", "02 x large+mid/0/false");
        assertThat((Double) DuckDb.single(out, "SELECT sum(weight) FROM weights"))
                .as("the empty category's population is in the totals").isCloseTo(260.0,
                        org.assertj.core.api.Assertions.within(1e-9));
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
        // the result's own repository: $WEEGSCHAAL_HOME/weigh/<file name>-<hash of its path>/
        try (Stream<Path> files = Files.walk(relative)) {
            assertThat(files.map(f -> relative.relativize(f).toString()))
                    .anyMatch(f -> f.matches("weigh/r\\.duckdb-[0-9a-f]{12}/job-repository\\.mv\\.db"));
        }
    }
}
