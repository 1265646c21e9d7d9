package nl.weegschaal.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} end to end: the sample wave weighted two ways (same respondents), against a
 * second synthetic wave with an edited frame (independent), and the named errors.
 */
class CompareTest {
    static final Path SYNTHETIC = Path.of("sample-data/synthetic");
    static final String VARS = "ai_gebruik,banen_erbij,banen_verdwijnen";
    @TempDir
    static Path dir;
    static Path home;
    static Path stratified;
    static Path rake;
    static Path wave2;

    @BeforeAll
    static void weighThreeResults() throws Exception {
        home = dir.resolve("home");
        stratified = dir.resolve("stratified.duckdb");
        rake = dir.resolve("rake.duckdb");
        wave2 = dir.resolve("wave2.duckdb");
        weigh(SYNTHETIC, "stratified", VARS, stratified);
        // NEW has one variable more: its cells are only in NEW
        weigh(SYNTHETIC, "rake", VARS + ",andere_vaardigheden", rake);
        Path second = dir.resolve("second");
        CliRun generated = CliRun.of(home, "generate", "--out", second.toString(), "--respondents", "2306",
                "--seed", "8");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        Path frame = second.resolve("frame.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(frame));
        assertThat(lines.get(1)).startsWith("01,2-19,");
        lines.set(1, "01,2-19," + (Long.parseLong(lines.get(1).substring("01,2-19,".length())) + 100));
        Files.write(frame, lines);
        weigh(second, "stratified", VARS, wave2);
    }

    static void weigh(Path data, String method, String vars, Path out) {
        CliRun run = CliRun.of(home, "weigh", "--responses", data.resolve("responses.csv").toString(),
                "--frame", data.resolve("frame.csv").toString(), "--strata", "sector_cluster,size_class",
                "--vars", vars, "--domains", "size_class", "--method", method, "--id", "id",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void twoWeightingsOfOneWaveAreSameRespondentsWithoutSignificance() throws Exception {
        String before = sha256(rake);
        CliRun run = CliRun.of(home, "compare", stratified.toString(), rake.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path changes = dir.resolve("rake.changes.duckdb");
        assertThat(changes).exists();
        assertThat(sha256(rake)).as("NEW is not modified").isEqualTo(before);
        assertThat(run.out()).contains("same respondents").contains("no significance test")
                .doesNotContain("significant at 5%").contains(changes.toString());

        List<Map<String, Object>> both = DuckDb.query(changes, "SELECT * FROM changes WHERE status = 'in both'");
        assertThat(both).hasSize(DuckDb.query(stratified, "SELECT * FROM estimates").size());
        for (Map<String, Object> row : both) {
            assertThat(row).containsEntry("comparison", "same respondents")
                    .containsEntry("se_difference_points", null).containsEntry("z", null)
                    .containsEntry("p_value", null).containsEntry("q_value", null).containsEntry("significant", null)
                    .containsEntry("significant_uncorrected_5pct", null).containsEntry("tested", false)
                    .containsEntry("note", ComparisonKind.SAME_RESPONDENTS_NOTE);
            assertThat((Double) row.get("difference_points")).isCloseTo(
                    (Double) row.get("percent_new") - (Double) row.get("percent_old"), within(1e-9));
            assertThat(row.get("se_old_points")).isNotNull();
            assertThat(row.get("se_new_points")).isNotNull();
        }

        // the weights changed, per stratum
        List<Map<String, Object>> weights = DuckDb.query(changes, "SELECT * FROM weight_changes");
        assertThat(weights).hasSize(48);
        Map<String, Object> first = weights.get(0);
        double oldWeight = (Double) DuckDb.single(stratified, "SELECT weight FROM strata WHERE sector_cluster = '"
                + first.get("sector_cluster") + "' AND size_class = '" + first.get("size_class") + "'");
        double newWeight = (Double) DuckDb.single(rake, "SELECT weight FROM strata WHERE sector_cluster = '"
                + first.get("sector_cluster") + "' AND size_class = '" + first.get("size_class") + "'");
        assertThat((Double) first.get("weight_old")).isEqualTo(oldWeight);
        assertThat((Double) first.get("weight_new")).isEqualTo(newWeight);
        assertThat((Double) first.get("ratio")).isCloseTo(newWeight / oldWeight, within(1e-12));
        assertThat(weights).anySatisfy(w -> assertThat(Math.abs((Double) w.get("ratio") - 1)).isGreaterThan(0.01));
        assertThat(run.out()).contains("weights             48 strata");
        assertThat(DuckDb.single(changes, "SELECT weight_strata FROM comparison")).isEqualTo(48L);

        // the largest move of a cell publishable in both runs is listed first
        Map<String, Object> largest = DuckDb.query(changes, "SELECT * FROM changes WHERE status = 'in both' "
                + "AND reliability_old = 'publishable' AND reliability_new = 'publishable' "
                + "ORDER BY abs(difference_points) DESC LIMIT 1").get(0);
        String label = new CellKey((String) largest.get("variable"), (String) largest.get("level"),
                (String) largest.get("domain_var"), (String) largest.get("domain_value")).label();
        assertThat(run.out().substring(run.out().indexOf("largest moves")).lines().skip(1).findFirst().orElseThrow())
                .contains(label);
        assertThat(run.out().lines().filter(l -> l.contains(" -> ") && l.contains("points"))).hasSize(5);
        long moved = both.stream().filter(r -> Math.abs((Double) r.get("difference_points")) > 1).count();
        assertThat(run.out()).contains("moved > 1 point     " + moved);

        // andere_vaardigheden is only in NEW
        List<Map<String, Object>> onlyNew = DuckDb.query(changes, "SELECT * FROM changes WHERE status = 'only in new'");
        assertThat(onlyNew).isNotEmpty().allSatisfy(r -> {
            assertThat(r).containsEntry("variable", "andere_vaardigheden").containsEntry("percent_old", null)
                    .containsEntry("difference_points", null);
            assertThat(r.get("percent_new")).isNotNull();
        });
        assertThat(onlyNew).hasSize(((Long) DuckDb.single(rake,
                "SELECT count(*) FROM estimates WHERE variable = 'andere_vaardigheden'")).intValue());
        assertThat(run.out()).contains("0 only in old, " + onlyNew.size() + " only in new");
        assertThat(DuckDb.single(changes, "SELECT count(*) FROM frame_changes")).isEqualTo(0L);

        // the sheet Wijzigingen beside the changes file: one row per cell under three header rows
        Path workbook = dir.resolve("rake.changes.xlsx");
        assertThat(run.out()).contains(workbook.toString());
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(workbook.toFile())) {
            var sheet = wb.getSheet("Wijzigingen");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + both.size() + onlyNew.size());
            var row = sheet.getRow(3);
            assertThat(row.getCell(7).getNumericCellValue()).isCloseTo((Double) both.get(0).get("difference_points"),
                    within(1e-9));
            assertThat(row.getCell(15).getStringCellValue()).isEqualTo(ComparisonKind.SAME_RESPONDENTS_NOTE);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Geen toetsen");
        }
    }

    @Test
    void twoWavesAreIndependentWithTheStandardErrorOfTheDifference() throws Exception {
        Path changes = dir.resolve("independent.duckdb");
        CliRun run = CliRun.of(home, "compare", stratified.toString(), wave2.toString(), "--out", changes.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("independent waves").contains("after Benjamini-Hochberg");

        String cell = " WHERE variable = 'banen_erbij' AND level = 'ja' AND domain_var = 'size_class' "
                + "AND domain_value = '100+'";
        Map<String, Object> old = DuckDb.query(stratified, "SELECT estimate, se FROM estimates" + cell).get(0);
        Map<String, Object> neu = DuckDb.query(wave2, "SELECT estimate, se FROM estimates" + cell).get(0);
        Map<String, Object> row = DuckDb.query(changes, "SELECT * FROM changes" + cell).get(0);
        double se1 = (Double) old.get("se");
        double se2 = (Double) neu.get("se");
        double seDifference = Math.sqrt(se1 * se1 + se2 * se2);
        double z = ((Double) neu.get("estimate") - (Double) old.get("estimate")) / seDifference;
        assertThat(row).containsEntry("comparison", "independent waves").containsEntry("note", null);
        assertThat((Double) row.get("se_difference_points")).isCloseTo(100 * seDifference, within(1e-12));
        assertThat((Double) row.get("z")).isCloseTo(z, within(1e-12));
        assertThat((Double) row.get("p_value")).isCloseTo(DifferenceTest.pValue(z), within(1e-15));

        List<Map<String, Object>> both = DuckDb.query(changes, "SELECT * FROM changes WHERE status = 'in both'");
        assertThat(both).hasSize(DuckDb.query(stratified, "SELECT * FROM estimates").size());
        long significant = 0;
        long uncorrected = 0;
        for (Map<String, Object> r : both) {
            if (r.get("p_value") != null) {
                assertThat(r.get("significant_uncorrected_5pct")).isEqualTo((Double) r.get("p_value") < 0.05);
                assertThat(r.get("significant")).isEqualTo((Double) r.get("q_value") <= 0.05);
                uncorrected += Boolean.TRUE.equals(r.get("significant_uncorrected_5pct")) ? 1 : 0;
                significant += Boolean.TRUE.equals(r.get("significant")) ? 1 : 0;
            }
        }
        assertThat(run.out()).contains("significant         " + significant + " after Benjamini-Hochberg")
                .contains(uncorrected + " with p < 0.05 per cell");
        assertThat(DuckDb.single(changes, "SELECT cells_significant FROM comparison")).isEqualTo(significant);
        assertThat(DuckDb.single(changes, "SELECT cells_significant_uncorrected_5pct FROM comparison"))
                .isEqualTo(uncorrected);

        // the edited frame: one stratum with 100 more establishments
        List<Map<String, Object>> frame = DuckDb.query(changes, "SELECT * FROM frame_changes");
        assertThat(frame).hasSize(1);
        assertThat(frame.get(0)).containsEntry("sector_cluster", "01").containsEntry("size_class", "2-19")
                .containsEntry("status", "in both").containsEntry("population_old", 13410.0)
                .containsEntry("population_new", 13510.0).containsEntry("difference", 100.0);
        assertThat(run.out()).contains("frame               1 strata with another population");
    }

    @Test
    void namedErrors() throws Exception {
        CliRun missing = CliRun.of(home, "compare", dir.resolve("nope.duckdb").toString(), rake.toString(),
                "--out", dir.resolve("x.duckdb").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.duckdb does not exist");

        CliRun csv = CliRun.of(home, "compare", SYNTHETIC.resolve("frame.csv").toString(), rake.toString(),
                "--out", dir.resolve("x.duckdb").toString());
        assertThat(csv.exitCode()).isEqualTo(1);
        assertThat(csv.err()).contains("frame.csv is not a result file of weegschaal");

        Path other = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE something (x INTEGER)");
        }
        CliRun noEstimates = CliRun.of(home, "compare", other.toString(), rake.toString(),
                "--out", dir.resolve("x.duckdb").toString());
        assertThat(noEstimates.exitCode()).isEqualTo(1);
        assertThat(noEstimates.err()).contains("other.duckdb is not a result file of weegschaal: it has no estimates");

        CliRun overwrite = CliRun.of(home, "compare", stratified.toString(), rake.toString(), "--out", rake.toString());
        assertThat(overwrite.exitCode()).isEqualTo(1);
        assertThat(overwrite.err()).contains("is one of the result files being compared");
        assertThat(dir.resolve("x.duckdb")).doesNotExist();
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
