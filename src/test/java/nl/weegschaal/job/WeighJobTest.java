package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.ReferenceAssertions;
import nl.weegschaal.testing.ReferenceTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the weigh job end to end through the command line and checks every table of its result. */
class WeighJobTest {
    static final Path APISTRAT = Path.of("src/test/resources/reference/apistrat");
    @TempDir
    static Path dir;
    static Path result;
    static CliRun run;

    @BeforeAll
    static void weighApistrat() {
        result = dir.resolve("out/apistrat.duckdb");
        run = CliRun.of(dir.resolve("home"), "weigh", "--responses", APISTRAT.resolve("apistrat.csv").toString(),
                "--frame", APISTRAT.resolve("apistrat_frame.csv").toString(), "--strata", "stype",
                "--vars", "sch.wide,awards,both,api00_band,acs_k3_band", "--domains", "stype,yr.rnd",
                "--method", "stratified", "--id", "cds", "--out", result.toString());
    }

    @Test
    void completesAndSaysWhatItWrote() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("apistrat.duckdb").contains("200 respondents").contains("3 strata")
                .contains("72 estimates");
        assertThat(dir.resolve("out")).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
    }

    @Test
    void estimatesTableMatchesSurveyCellByCell() throws Exception {
        ReferenceAssertions.assertMatches(DuckDb.estimates(result), ReferenceTable.load(APISTRAT.resolve("stratified.csv")));
        assertThat(DuckDb.single(result, "SELECT count(DISTINCT method) || method FROM estimates GROUP BY method"))
                .isEqualTo("1stratified");
    }

    @Test
    void notAvailableValuesAreSqlNull() throws Exception {
        Map<String, Object> zero = DuckDb.query(result, "SELECT * FROM estimates WHERE variable = 'api00_band' "
                + "AND level = '800+' AND domain_var = 'yr.rnd' AND domain_value = 'Yes'").get(0);
        assertThat(zero.get("estimate")).isEqualTo(0.0);
        assertThat(zero.get("deff")).isNull();
        assertThat((Double) zero.get("ci_beta_high")).isCloseTo(1 - Math.pow(0.025, 1.0 / 21), within(1e-12));
    }

    @Test
    void weightsTableHasEveryRespondentWithSurveysWeight() throws Exception {
        Map<String, Double> expected = ReferenceTable.weights(APISTRAT.resolve("stratified_weights.csv"));
        List<Map<String, Object>> rows = DuckDb.query(result, "SELECT cds, stype, weight FROM weights ORDER BY record_number");
        assertThat(rows).hasSize(200);
        for (Map<String, Object> row : rows) {
            assertThat((Double) row.get("weight")).isCloseTo(expected.get((String) row.get("cds")), within(1e-9));
        }
        assertThat(rows.get(0).get("cds")).isEqualTo("19647336097927");
    }

    @Test
    void strataTableHasCountsWeightsAndFlags() throws Exception {
        List<Map<String, Object>> rows = DuckDb.query(result,
                "SELECT stype, population, respondents, weight, lonely, certainty, dropped FROM strata ORDER BY stype");
        assertThat(rows).extracting(r -> r.get("stype")).containsExactly("E", "H", "M");
        assertThat(rows.get(0)).containsEntry("population", 4421.0).containsEntry("respondents", 100L)
                .containsEntry("lonely", false).containsEntry("certainty", false).containsEntry("dropped", false);
        assertThat((Double) rows.get(0).get("weight")).isCloseTo(44.21, within(1e-12));
    }

    @Test
    void runsTableRecordsParametersInputsAndCounts() throws Exception {
        Map<String, Object> runRow = DuckDb.query(result, "SELECT * FROM runs").get(0);
        InputFile responses = InputFile.describe("responses", APISTRAT.resolve("apistrat.csv"));
        assertThat(runRow).containsEntry("method", "stratified").containsEntry("lonely_psu", "adjust")
                .containsEntry("level", "0.95").containsEntry("strata", "stype").containsEntry("id", "cds")
                .containsEntry("responses_file", "apistrat.csv").containsEntry("responses_sha256", responses.sha256())
                .containsEntry("responses_bytes", Files.size(APISTRAT.resolve("apistrat.csv")))
                .containsEntry("n_respondents", 200L).containsEntry("n_estimates", 72L);
        assertThat(runRow.get("run_id")).isNotNull();
        assertThat(runRow.get("product_version")).isNotNull();
        assertThat(DuckDb.query(result, "SELECT role FROM inputs ORDER BY role"))
                .extracting(r -> r.get("role")).containsExactly("frame", "responses");
    }
}
