package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wave job with {@code weighting.calibration}: the sample wave calibrated (logit, bounds) on size
 * class and on a total of employees 4% above the stratified estimate, so that the weights must move.
 */
class WaveCalibrationTest {
    @TempDir
    static Path dir;
    static Path result;
    static double stratifiedEmployees;
    static CliRun run;
    static Path spec;
    static Path home;

    @BeforeAll
    static void runTwice() throws Exception {
        spec = SampleProject.copyTo(dir.resolve("project"));
        home = dir.resolve("home");
        CliRun plain = CliRun.of(home, "run", spec.toString());
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        Path plainResult = dir.resolve("project/out/wave-2024.duckdb");
        stratifiedEmployees = (Double) DuckDb.single(plainResult, "SELECT sum(w.weight * r.employees::DOUBLE) FROM "
                + "weights w JOIN responses r USING (id, mode)");
        List<Map<String, Object>> sizes = DuckDb.query(plainResult, "SELECT size_class, sum(population) AS n FROM "
                + "strata GROUP BY size_class ORDER BY size_class");
        StringBuilder totals = new StringBuilder("variable,level,total\n");
        for (Map<String, Object> size : sizes) {
            totals.append("size_class,").append(size.get("size_class")).append(',')
                    .append(Math.round((Double) size.get("n"))).append('\n');
        }
        totals.append("employees,,").append(Math.round(stratifiedEmployees * 1.04)).append('\n');
        Files.writeString(dir.resolve("project/sample-data/wave-2024/totals.csv"), totals);
        String text = Files.readString(spec).replace("weighting: {method: stratified, lonely_psu: adjust, level: 0.95}",
                "weighting:\n  method: stratified\n  lonely_psu: adjust\n  calibration: {totals: "
                        + "../sample-data/wave-2024/totals.csv, calfun: logit, bounds: [0.5, 2]}");
        assertThat(text).contains("calibration:");
        Files.writeString(spec, text.replace("wave: wave-2024", "wave: wave-2024-calibrated"));
        run = CliRun.of(home, "run", spec.toString());
        result = dir.resolve("project/out/wave-2024-calibrated.duckdb");
    }

    /**
     * The estimate step of an uninterrupted run takes the respondents' columns and the calibration from
     * the weights step; restarted after a failure, it reads them from the work store instead: both give
     * the same tables.
     */
    @Test
    void aCalibratedRunRestartedAtItsEstimatesReadsTheStoredCalibrationAndEndsWithTheSameTables() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path restartedSpec = spec.resolveSibling("wave-2024-restarted.yml");
        Files.writeString(restartedSpec, Files.readString(spec).replace("wave: wave-2024-calibrated",
                "wave: wave-2024-restarted"));
        System.setProperty(FaultInjection.PROPERTY, "estimateTables");
        try {
            CliRun failed = CliRun.of(home, "run", restartedSpec.toString());
            assertThat(failed.exitCode()).as(failed.err()).isNotZero();
        } finally {
            System.clearProperty(FaultInjection.PROPERTY);
        }
        CliRun restarted = CliRun.of(home, "restart", restartedSpec.toString());
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        Path restartedResult = dir.resolve("project/out/wave-2024-restarted.duckdb");
        for (String table : List.of("estimates", "weights", "calibration", "weight_diagnostics")) {
            assertThat(DuckDb.query(restartedResult, "SELECT * FROM " + table)).as(table)
                    .isEqualTo(DuckDb.query(result, "SELECT * FROM " + table));
        }
    }

    @Test
    void everyTotalIsMetAndTheWeightsMovedWithinTheBounds() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, Object>> rows = DuckDb.query(result, "SELECT * FROM calibration");
        assertThat(rows).extracting(r -> r.get("variable")).contains("population", "size_class", "employees");
        for (Map<String, Object> row : rows) {
            assertThat((Double) row.get("relative_miss")).as(row.toString()).isLessThan(1e-12);
        }
        Map<String, Object> weights = DuckDb.query(result, "SELECT min(g_weight) AS low, max(g_weight) AS high, "
                + "count(DISTINCT weight) AS distinct_weights, count(DISTINCT design_weight) AS strata FROM weights")
                .get(0);
        assertThat((Double) weights.get("low")).isGreaterThan(0.5).isLessThan(1.0);
        assertThat((Double) weights.get("high")).isGreaterThan(1.0).isLessThan(2.0);
        assertThat((Long) weights.get("distinct_weights")).isGreaterThan((Long) weights.get("strata"));
        assertThat((Double) DuckDb.single(result, "SELECT sum(w.weight * r.employees::DOUBLE) FROM weights w JOIN "
                + "responses r USING (id, mode)")).isCloseTo(Math.round(stratifiedEmployees * 1.04),
                org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void estimatesUseTheCalibratedWeightsAndTheRunSaysWhatItCalibratedTo() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        // every level's weighted count is p W, W the calibrated weight of those who answered
        Map<String, Object> total = DuckDb.query(result, "SELECT min(weighted_count / estimate) AS low, "
                + "max(weighted_count / estimate) AS w FROM estimates WHERE variable = 'ai_gebruik' "
                + "AND domain_var = 'total' AND estimate > 0").get(0);
        assertThat((Double) total.get("low")).isCloseTo((Double) total.get("w"), org.assertj.core.data.Offset.offset(1e-6));
        assertThat((Double) total.get("w")).isCloseTo((Double) DuckDb.single(result, "SELECT sum(w.weight) FROM "
                + "weights w JOIN responses r USING (id, mode) WHERE r.ai_gebruik IS NOT NULL"),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat((String) DuckDb.single(result, "SELECT calibration FROM runs")).contains("logit")
                .contains("size_class, employees");
        assertThat((Long) DuckDb.single(result, "SELECT count(*) FROM weight_diagnostics WHERE min_weight < "
                + "max_weight AND domain_var = 'total'")).isEqualTo(1L);
    }

    @Test
    void theWorkbooksNotesSayWhatWasCalibratedOn() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Workbook book = WorkbookFactory.create(dir.resolve("project/out/wave-2024-calibrated.xlsx").toFile())) {
            Sheet notes = book.getSheet("Toelichting");
            StringBuilder text = new StringBuilder();
            for (Row row : notes) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('\n');
                }
            }
            assertThat(text).contains("gekalibreerd (GREG, logit, met de correctiefactoren tussen 0,5 en 2,0)")
                    .contains("het aantal vestigingen per grootteklasse en het aantal werkzame personen");
        }
    }
}
