package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * {@code weigh --calibrate} end to end on apistrat with item nonresponse, calibrated on school type
 * and enrolment with every calfun, with and without bounds, against R's {@code survey}
 * ({@code src/test/r/make_calibration_reference.R}, {@code make_greg_estimates_reference.R}): every
 * respondent's weight, the calibration table, and every proportion cell.
 */
class WeighCalibrationTest {
    static final Path REFERENCE = Path.of("src/test/resources/reference/calibration");
    static final double RELATIVE = 1e-9;

    @TempDir
    static Path dir;

    static Stream<CSVRecord> cases() throws Exception {
        return read(REFERENCE.resolve("cases.csv")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void weightsCalibrationTableAndProportionsMatchSurvey(CSVRecord c) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(c.get("case")));
        Path result = folder.resolve("out.duckdb");
        List<String> args = new ArrayList<>(List.of("weigh", "--responses", responses(folder).toString(),
                "--frame", frame(folder).toString(), "--strata", "stype", "--vars", "sch.wide,band",
                "--domains", "stype,grp", "--method", "stratified", "--id", "row", "--out", result.toString(),
                "--calibrate", totals(folder).toString(), "--calfun", c.get("calfun"),
                "--numeric", "api00,enroll,api.stu", "--ratio", "api00/enroll"));
        if (!c.get("lower").isEmpty()) {
            args.addAll(List.of("--bounds", c.get("lower") + "," + c.get("upper")));
        }
        CliRun run = CliRun.of(folder.resolve("home"), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        checkWeights(c.get("case"), result);
        checkCalibrationTable(result);
        checkCells(c.get("case"), result);
    }

    private static void checkWeights(String name, Path result) throws Exception {
        Map<String, Double> expected = new LinkedHashMap<>();
        for (CSVRecord r : read(REFERENCE.resolve("weights.csv"))) {
            if (r.get("case").equals(name)) {
                expected.put(r.get("row"), Double.parseDouble(r.get("weight")));
            }
        }
        List<Map<String, Object>> rows = DuckDb.query(result, "SELECT \"row\", weight, design_weight, g_weight "
                + "FROM weights ORDER BY record_number");
        assertThat(rows).hasSize(expected.size());
        for (Map<String, Object> row : rows) {
            double w = (Double) row.get("weight");
            assertThat(relative(w, expected.get((String) row.get("row")))).as("weight of row " + row.get("row"))
                    .isLessThan(RELATIVE);
            assertThat(w).isEqualTo((Double) row.get("design_weight") * (Double) row.get("g_weight"));
        }
    }

    private static void checkCalibrationTable(Path result) throws Exception {
        List<Map<String, Object>> rows = DuckDb.query(result, "SELECT * FROM calibration");
        assertThat(rows).extracting(r -> r.get("variable") + " " + r.get("level"))
                .containsExactly("population null", "stype E", "stype H", "stype M", "enroll null");
        for (Map<String, Object> row : rows) {
            assertThat((Double) row.get("relative_miss")).as(row.toString()).isLessThan(1e-12);
        }
        assertThat((Double) rows.get(0).get("population_total")).isEqualTo(6194.0);
        assertThat((Double) rows.get(4).get("estimate_before")).isNotCloseTo(3811472.0,
                org.assertj.core.data.Percentage.withPercentage(0.1));
    }

    /** Every proportion, total, mean and ratio cell of the reference's full design. */
    private static void checkCells(String name, Path result) throws Exception {
        int compared = 0;
        for (CSVRecord r : read(REFERENCE.resolve("greg_estimates.csv"))) {
            if (!r.get("case").equals(name) || !r.get("design").equals("full") || r.get("variable").equals("stype")) {
                continue;
            }
            String domainVar = r.get("domain_var").equals("_total") ? "total" : r.get("domain_var");
            String domainValue = r.get("domain_value").equals("_total") ? "total" : r.get("domain_value");
            String level = r.get("statistic").equals("proportion") ? " AND level = '" + r.get("level") + "'"
                    : " AND level IS NULL";
            List<Map<String, Object>> rows = DuckDb.query(result, "SELECT * FROM estimates WHERE variable = '"
                    + r.get("variable") + "' AND statistic = '" + r.get("statistic") + "'" + level
                    + " AND domain_var = '" + domainVar + "' AND domain_value = '" + domainValue + "'");
            assertThat(rows).as(r.toString()).hasSize(1);
            Map<String, Object> row = rows.get(0);
            assertThat(row.get("n_unweighted")).as(r.toString()).isEqualTo(Long.parseLong(r.get("n")));
            assertThat(row.get("df")).as(r.toString()).isEqualTo(Long.parseLong(r.get("df")));
            double scale = Math.abs(Double.parseDouble(r.get("estimate")));
            if (Double.parseDouble(r.get("se")) < 1e-7 * scale) {
                // an auxiliary's own total: the calibration fixes it, and both se are rounding noise
                assertThat((Double) row.get("se")).as(r.toString()).isLessThan(1e-7 * scale);
                assertThat(relative((Double) row.get("estimate"), scale)).as(r.toString()).isLessThan(RELATIVE);
                compared++;
                continue;
            }
            for (String[] pair : new String[][] {{"estimate", "estimate"}, {"se", "se"},
                    {"weighted_count", "weighted_count"}, {"ci_wald_low", "wald_low"}, {"ci_wald_high", "wald_high"},
                    {"ci_logit_low", "logit_low"}, {"ci_logit_high", "logit_high"}, {"ci_beta_low", "beta_low"},
                    {"ci_beta_high", "beta_high"}, {"deff", "deff"}}) {
                String expected = r.get(pair[1]);
                if (expected.equals("NA") || expected.isEmpty()) {
                    continue;
                }
                assertThat(relative((Double) row.get(pair[0]), Double.parseDouble(expected)))
                        .as(pair[0] + " of " + r).isLessThan(RELATIVE);
            }
            compared++;
        }
        assertThat(compared).as("cells compared").isEqualTo(91);
    }

    private static double relative(double actual, double expected) {
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-12);
    }

    /** The reference data as weigh reads it: NA is missing. */
    private static Path responses(Path folder) throws Exception {
        Path file = folder.resolve("responses.csv");
        Files.copy(REFERENCE.resolve("greg_data.csv"), file);
        return file;
    }

    private static Path frame(Path folder) throws Exception {
        Map<String, String> fpc = new LinkedHashMap<>();
        for (CSVRecord r : read(REFERENCE.resolve("greg_data.csv"))) {
            fpc.put(r.get("stype"), r.get("fpc"));
        }
        StringBuilder text = new StringBuilder("stype,N\n");
        fpc.forEach((stype, n) -> text.append(stype).append(',').append(n).append('\n'));
        return Files.writeString(folder.resolve("frame.csv"), text);
    }

    private static Path totals(Path folder) throws Exception {
        Map<String, String> population = new LinkedHashMap<>();
        for (CSVRecord r : read(REFERENCE.resolve("population.csv"))) {
            population.put(r.get("name"), r.get("total"));
        }
        long e = Long.parseLong(population.get("(Intercept)")) - Long.parseLong(population.get("stypeH"))
                - Long.parseLong(population.get("stypeM"));
        return Files.writeString(folder.resolve("totals.csv"), "variable,level,total\nstype,E," + e + "\nstype,H,"
                + population.get("stypeH") + "\nstype,M," + population.get("stypeM") + "\nenroll,,"
                + population.get("enroll") + "\n");
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
