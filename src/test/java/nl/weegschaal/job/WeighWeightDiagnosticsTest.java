package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code weight_diagnostics} table of the weigh job on apistrat (stratified: E 4421 / 100 = 44.21,
 * H 755 / 50 = 15.1, M 1018 / 50 = 20.36), checked against a hand calculation.
 */
class WeighWeightDiagnosticsTest {
    static final Path APISTRAT = Path.of("src/test/resources/reference/apistrat");
    static final double E = 44.21;
    static final double H = 15.1;
    static final double M = 20.36;
    @TempDir
    static Path dir;
    static Path result;

    @BeforeAll
    static void weighApistrat() {
        result = dir.resolve("out/apistrat.duckdb");
        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", APISTRAT.resolve("apistrat.csv").toString(),
                "--frame", APISTRAT.resolve("apistrat_frame.csv").toString(), "--strata", "stype",
                "--vars", "sch.wide,awards", "--domains", "stype,yr.rnd", "--method", "stratified", "--id", "cds",
                "--out", result.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    static Map<String, Object> row(String domainVar, String domainValue) throws Exception {
        List<Map<String, Object>> rows = DuckDb.query(result, "SELECT * FROM weight_diagnostics WHERE domain_var = '"
                + domainVar + "' AND domain_value = '" + domainValue + "'");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void oneRowForTheTotalAndEachDomainValue() throws Exception {
        assertThat(DuckDb.query(result, "SELECT domain_var, domain_value FROM weight_diagnostics"))
                .extracting(r -> r.get("domain_var") + "=" + r.get("domain_value"))
                .containsExactly("total=total", "stype=E", "stype=H", "stype=M", "yr.rnd=No", "yr.rnd=Yes");
    }

    @Test
    void totalByHand() throws Exception {
        Map<String, Object> total = row("total", "total");
        double sumOfSquares = 100 * E * E + 50 * H * H + 50 * M * M;
        double deff = 200 * sumOfSquares / (6194.0 * 6194.0);
        assertThat(total).containsEntry("respondents", 200L)
                .containsEntry("largest_weight_strata", "E (w = 44.2, n = 100); M (w = 20.4, n = 50); H (w = 15.1, n = 50)");
        assertThat((Double) total.get("sum_of_weights")).isCloseTo(6194, within(1e-9));
        assertThat((Double) total.get("min_weight")).isCloseTo(H, within(1e-12));
        // 200 sorted weights: H at 1-50, M at 51-100, E at 101-200; the median is (M + E) / 2
        assertThat((Double) total.get("median_weight")).isCloseTo((M + E) / 2, within(1e-12));
        assertThat((Double) total.get("max_weight")).isCloseTo(E, within(1e-12));
        assertThat((Double) total.get("kish_deff")).isCloseTo(deff, within(1e-12)).isCloseTo(1.186, within(1e-3));
        double cv = (Double) total.get("cv");
        assertThat(1 + cv * cv).isEqualTo((Double) total.get("kish_deff"));
        assertThat((Double) total.get("effective_n")).isCloseTo(6194.0 * 6194.0 / sumOfSquares, within(1e-9));
    }

    @Test
    void domainsByHand() throws Exception {
        Map<String, Object> e = row("stype", "E");
        assertThat(e).containsEntry("respondents", 100L).containsEntry("largest_weight_strata", "E (w = 44.2, n = 100)");
        assertThat((Double) e.get("sum_of_weights")).isCloseTo(4421, within(1e-9));
        assertThat((Double) e.get("cv")).isCloseTo(0, within(1e-12));
        assertThat((Double) e.get("kish_deff")).isCloseTo(1, within(1e-12));
        assertThat((Double) e.get("effective_n")).isCloseTo(100, within(1e-9));
        // yr.rnd = Yes: 18 E, 2 M, 1 H
        Map<String, Object> yes = row("yr.rnd", "Yes");
        double sum = 18 * E + 2 * M + H;
        double squares = 18 * E * E + 2 * M * M + H * H;
        assertThat(yes).containsEntry("respondents", 21L)
                .containsEntry("largest_weight_strata", "E (w = 44.2, n = 18); M (w = 20.4, n = 2); H (w = 15.1, n = 1)");
        assertThat((Double) yes.get("sum_of_weights")).isCloseTo(sum, within(1e-9));
        assertThat((Double) yes.get("median_weight")).isCloseTo(E, within(1e-12));
        assertThat((Double) yes.get("kish_deff")).isCloseTo(21 * squares / (sum * sum), within(1e-12));
        assertThat((Double) yes.get("effective_n")).isCloseTo(sum * sum / squares, within(1e-9));
        Map<String, Object> no = row("yr.rnd", "No");
        assertThat((Long) no.get("respondents") + 21).isEqualTo(200L);
        assertThat((Double) no.get("sum_of_weights") + sum).isCloseTo(6194, within(1e-9));
    }
}
