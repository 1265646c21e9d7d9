package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs} says how the weights came about: calibration, collapsed strata, trimming. */
class RunsReweightingTest {
    @TempDir
    Path dir;

    @Test
    void rakeWithATrimCapCountsTheWeightsAboveTheCapNotEveryWeightRakingMoved() throws Exception {
        Path out = dir.resolve("trimmed.duckdb");
        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", "sample-data/synthetic/responses.csv",
                "--frame", "sample-data/synthetic/frame.csv", "--strata", "sector_cluster,size_class",
                "--vars", "banen_erbij", "--method", "rake", "--trim-max", "700", "--id", "id", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, Object> runs = DuckDb.query(out, "SELECT * FROM runs").get(0);
        assertThat(runs.get("n_trimmed_respondents")).as("77 weights were above 700, not the 1,494 raking moved")
                .isEqualTo(77L);
        assertThat(((Number) DuckDb.single(out, "SELECT sum(respondents) FROM strata WHERE untrimmed_weight > 700"))
                .longValue()).isEqualTo(77L);
        assertThat(((Number) DuckDb.single(out, "SELECT sum(respondents) FROM strata WHERE weight < untrimmed_weight"))
                .longValue()).as("the old count").isEqualTo(1494L);
        assertThat(runs).containsEntry("trim_cap", 700.0).containsEntry("n_trimmed_strata", 1L)
                .containsEntry("calibration_margins", "sector_cluster; size_class");
        assertThat((String) runs.get("calibration")).startsWith("rake:");
        assertThat((Double) runs.get("trimmed_weight_moved")).isCloseTo((Double) DuckDb.single(out,
                "SELECT sum(respondents * (untrimmed_weight - weight)) FROM strata WHERE untrimmed_weight > 700"),
                within(1e-6));
        assertThat(runs.get("collapsed_strata")).isNull();
        assertThat(runs.get("n_collapsed_strata")).isEqualTo(0L);
    }

    @Test
    void collapsedStrataAreListedWithTheStrataTheyWereMadeOf() throws Exception {
        Path out = dir.resolve("collapsed.duckdb");
        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", "sample-data/synthetic/responses.csv",
                "--frame", "sample-data/synthetic/frame.csv", "--strata", "sector_cluster,size_class",
                "--vars", "banen_erbij", "--method", "stratified", "--collapse-below", "30", "--id", "id",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, Object> runs = DuckDb.query(out, "SELECT * FROM runs").get(0);
        assertThat((String) runs.get("collapsed_strata")).contains("01 x 20-99+100+ = 01 x 20-99, 01 x 100+");
        assertThat(runs.get("n_collapsed_strata")).isEqualTo(DuckDb.single(out, "SELECT count(*) FROM strata "
                + "WHERE collapsed_stratum IN (SELECT collapsed_stratum FROM strata GROUP BY 1 HAVING count(*) > 1)"));
        assertThat(runs).containsEntry("n_trimmed_respondents", 0L).containsEntry("trim_cap", null)
                .containsEntry("calibration_margins", null);
        assertThat((String) runs.get("calibration")).startsWith("stratified:");
    }
}
