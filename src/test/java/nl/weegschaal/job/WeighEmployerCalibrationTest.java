package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A check from outside: {@code weigh --calibrate} on an employer survey made after the engine
 * ({@code src/test/r/make_employer_calibration_reference.R}): 18 strata with a lonely and a certainty
 * stratum, item nonresponse and zeros in numeric questions, a domain outside the design with a
 * three-respondent region, calibration on size class and employees (and sector) with every calfun,
 * bounded and unbounded (negative weights too), under {@code adjust} and {@code remove}. Every
 * respondent's weight and every cell (proportions, totals, means, ratio) against R's {@code survey}.
 */
class WeighEmployerCalibrationTest {
    static final Path REFERENCE = Path.of("src/test/resources/reference/employer_calibration");
    static final double RELATIVE = 1e-9;
    static final double ALPHA = 0.05;
    /** Reference column, result column: compared to {@link #RELATIVE}. */
    static final String[][] COLUMNS = {{"estimate", "estimate"}, {"se", "se"}, {"weighted_count", "weighted_count"},
        {"wald_low", "ci_wald_low"}, {"wald_high", "ci_wald_high"}, {"logit_low", "ci_logit_low"},
        {"logit_high", "ci_logit_high"}, {"beta_low", "ci_beta_low"}, {"beta_high", "ci_beta_high"},
        {"deff", "deff"}};

    @TempDir
    static Path dir;

    static Stream<CSVRecord> cases() throws Exception {
        return read(REFERENCE.resolve("cases.csv")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void weightsAndEveryCellMatchSurveyOnAnEmployerSurveyWithLonelyAndCertaintyStrata(CSVRecord c)
            throws Exception {
        Path result = weigh(c);
        checkWeights(c.get("weights"), result);
        checkCalibrationTable(c.get("totals"), result);
        checkCells(c.get("case"), result);
    }

    private static Path weigh(CSVRecord c) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(c.get("case")));
        Path result = folder.resolve("out.duckdb");
        List<String> args = new ArrayList<>(List.of("weigh", "--responses",
                REFERENCE.resolve("responses.csv").toString(), "--frame", REFERENCE.resolve("frame.csv").toString(),
                "--strata", "sector,size_class", "--vars", "vac_expected,employment,bottleneck",
                "--domains", "size_class,region", "--numeric", "vacancies,jobs_lost,trained,employees",
                "--ratio", "jobs_lost/employees", "--method", "stratified", "--lonely-psu", c.get("lonely_psu"),
                "--id", "id", "--out", result.toString(), "--calibrate", REFERENCE.resolve(c.get("totals")).toString(),
                "--calfun", c.get("calfun"), "--calibrate-maxit", "100"));
        if (!c.get("lower").isEmpty()) {
            args.addAll(List.of("--bounds", c.get("lower") + "," + c.get("upper")));
        }
        CliRun run = CliRun.of(folder.resolve("home"), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return result;
    }

    private static void checkWeights(String column, Path result) throws Exception {
        List<CSVRecord> expected = read(REFERENCE.resolve("weights.csv"));
        List<Map<String, Object>> rows = DuckDb.query(result,
                "SELECT id, weight, design_weight, g_weight FROM weights ORDER BY record_number");
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            assertThat(row.get("id")).isEqualTo(expected.get(i).get("id"));
            double w = (Double) row.get("weight");
            assertThat(relative(w, Double.parseDouble(expected.get(i).get(column)))).as("weight of " + row.get("id"))
                    .isLessThan(RELATIVE);
            assertThat(relative((Double) row.get("design_weight") * (Double) row.get("g_weight"), w))
                    .as("design weight x g of " + row.get("id")).isLessThan(1e-14);
        }
    }

    /** Every total of the totals file met, the population first. */
    private static void checkCalibrationTable(String totals, Path result) throws Exception {
        List<CSVRecord> expected = read(REFERENCE.resolve(totals));
        List<Map<String, Object>> rows = DuckDb.query(result, "SELECT * FROM calibration");
        assertThat(rows).hasSize(expected.size() + 1);
        assertThat(rows.get(0).get("variable")).isEqualTo("population");
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> row = rows.get(i + 1);
            assertThat(row.get("variable")).isEqualTo(expected.get(i).get("variable"));
            assertThat((Double) row.get("population_total")).as(row.toString())
                    .isEqualTo(Double.parseDouble(expected.get(i).get("total")));
        }
        for (Map<String, Object> row : rows) {
            assertThat((Double) row.get("relative_miss")).as(row.toString()).isLessThan(1e-12);
        }
    }

    /** Every reference cell of the case has its row, with the same numbers, and there are no others. */
    private static void checkCells(String name, Path result) throws Exception {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Map<String, Object> row : DuckDb.query(result, "SELECT * FROM estimates")) {
            rows.put(key(row.get("statistic"), row.get("variable"), row.get("level"), row.get("domain_var"),
                    row.get("domain_value")), row);
        }
        int compared = 0;
        for (CSVRecord r : read(REFERENCE.resolve("estimates.csv"))) {
            if (r.get("case").equals(name)) {
                Map<String, Object> row = rows.get(key(r.get("statistic"), r.get("variable"),
                        r.get("level").isEmpty() ? null : r.get("level"), domain(r.get("domain_var")),
                        domain(r.get("domain_value"))));
                assertThat(row).as("result row of " + r).isNotNull();
                checkCell(r, row);
                compared++;
            }
        }
        assertThat(rows).as("result rows").hasSize(compared);
        assertThat(compared).as("cells compared").isEqualTo(160);
    }

    private static void checkCell(CSVRecord r, Map<String, Object> row) {
        assertThat(row.get("n_unweighted")).as(r.toString()).isEqualTo(Long.parseLong(r.get("n")));
        assertThat(row.get("df")).as(r.toString()).isEqualTo(Long.parseLong(r.get("df")));
        double estimate = Double.parseDouble(r.get("estimate"));
        assertThat(relative((Double) row.get("estimate"), estimate)).as(r.toString()).isLessThan(RELATIVE);
        assertThat(relative((Double) row.get("weighted_count"), Double.parseDouble(r.get("weighted_count"))))
                .as(r.toString()).isLessThan(RELATIVE);
        if (Double.parseDouble(r.get("se")) <= 1e-7 * Math.abs(estimate)) {
            // fixed by the calibration (employees in the whole sample), a single respondent, or p = 0 or 1:
            // both standard errors are 0 up to rounding, and so is what is made of them
            assertThat((Double) row.get("se")).as(r.toString()).isLessThanOrEqualTo(1e-7 * Math.abs(estimate));
            checkDegenerateProportion(r, row, estimate);
            return;
        }
        for (String[] pair : COLUMNS) {
            String expected = r.get(pair[0]);
            if (expected.equals("NA")) {
                assertThat(row.get(pair[1])).as(pair[1] + " of " + r).isNull();
            } else {
                assertThat(relative((Double) row.get(pair[1]), Double.parseDouble(expected)))
                        .as(pair[1] + " of " + r).isLessThan(RELATIVE);
            }
        }
    }

    /**
     * p = 0 or 1, where survey gives no interval: the engine's documented point logit interval and
     * Clopper-Pearson interval of n_d (docs/methodology.md).
     */
    private static void checkDegenerateProportion(CSVRecord r, Map<String, Object> row, double p) {
        if (!r.get("statistic").equals("proportion") || (p != 0 && p != 1)) {
            return;
        }
        double n = Long.parseLong(r.get("n"));
        assertThat(row.get("ci_logit_low")).as(r.toString()).isEqualTo(p);
        assertThat(row.get("ci_logit_high")).as(r.toString()).isEqualTo(p);
        double low = p == 0 ? 0 : Math.pow(ALPHA / 2, 1 / n);
        double high = p == 0 ? 1 - Math.pow(ALPHA / 2, 1 / n) : 1;
        assertThat(Math.abs((Double) row.get("ci_beta_low") - low)).as(r.toString()).isLessThan(1e-12);
        assertThat(Math.abs((Double) row.get("ci_beta_high") - high)).as(r.toString()).isLessThan(1e-12);
        assertThat(row.get("deff")).as(r.toString()).isNull();
    }

    private static String key(Object... parts) {
        return String.join("|", Stream.of(parts).map(String::valueOf).toList());
    }

    private static String domain(String value) {
        return value.equals("_total") ? "total" : value;
    }

    private static double relative(double actual, double expected) {
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-12);
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
