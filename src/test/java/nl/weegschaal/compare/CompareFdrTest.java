package nl.weegschaal.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} does not cry wolf: two generated waves of one model (two seeds) give about as many
 * changes significant after Benjamini-Hochberg as chance allows, and a change planted in one wave is found.
 */
class CompareFdrTest {
    static final String VARS = "ai_gebruik,banen_verdwijnen,banen_erbij,scholingsbehoefte_verandert,"
            + "andere_vaardigheden,personeelstekort_opgelost,functies_veranderen_sterk";
    /** The planted cell: banen_erbij = ja among establishments of 20-99 employees. */
    static final String PLANTED = " WHERE variable = 'banen_erbij' AND level = 'ja' AND domain_var = 'size_class' "
            + "AND domain_value = '20-99'";
    @TempDir
    static Path dir;
    static Path home;
    static Path waveA;
    static Path waveB;
    static Path planted;

    @BeforeAll
    static void weighTwoWavesOfOneModelAndOneWithAPlantedChange() throws Exception {
        home = dir.resolve("home");
        Path a = generate("a", 101);
        Path b = generate("b", 202);
        waveA = weigh(a, "a.duckdb");
        waveB = weigh(b, "b.duckdb");
        Path c = dir.resolve("c");
        Files.createDirectories(c);
        Files.copy(b.resolve("frame.csv"), c.resolve("frame.csv"));
        Files.write(c.resolve("responses.csv"), plant(Files.readAllLines(b.resolve("responses.csv"))));
        planted = weigh(c, "planted.duckdb");
    }

    /** Every second 'nee' on banen_erbij in size class 20-99 becomes 'ja': some 38 points more 'ja'. */
    static List<String> plant(List<String> lines) {
        List<String> header = List.of(lines.get(0).split(",", -1));
        int size = header.indexOf("size_class");
        int answer = header.indexOf("banen_erbij");
        List<String> edited = new ArrayList<>(List.of(lines.get(0)));
        int no = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields[size].equals("20-99") && fields[answer].equals("nee") && no++ % 2 == 0) {
                fields[answer] = "ja";
            }
            edited.add(String.join(",", fields));
        }
        assertThat(no).as("respondents in 20-99 who said nee").isGreaterThan(300);
        return edited;
    }

    static Path generate(String name, long seed) {
        Path out = dir.resolve(name);
        CliRun run = CliRun.of(home, "generate", "--out", out.toString(), "--respondents", "2306",
                "--seed", Long.toString(seed));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    static Path weigh(Path data, String file) {
        Path out = dir.resolve(file);
        CliRun run = CliRun.of(home, "weigh", "--responses", data.resolve("responses.csv").toString(),
                "--frame", data.resolve("frame.csv").toString(), "--strata", "sector_cluster,size_class",
                "--vars", VARS, "--domains", "sector_cluster,size_class", "--method", "stratified", "--id", "id",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    static CliRun compare(Path old, Path neu, Path out) {
        CliRun run = CliRun.of(home, "compare", old.toString(), neu.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void twoWavesOfOneModelGiveNearlyNoChangeSignificantAfterTheFalseDiscoveryRate() throws Exception {
        Path changes = dir.resolve("null.duckdb");
        CliRun run = compare(waveA, waveB, changes);
        List<Map<String, Object>> both = DuckDb.query(changes, "SELECT * FROM changes WHERE status = 'in both'");
        long tests = both.stream().filter(r -> Boolean.TRUE.equals(r.get("tested"))).count();
        long uncorrected = both.stream().filter(r -> Boolean.TRUE.equals(r.get("significant_uncorrected_5pct")))
                .count();
        long significant = both.stream().filter(r -> Boolean.TRUE.equals(r.get("significant"))).count();
        // only cells publishable in both runs are tested; the small sector cells are not
        assertThat(tests).isPositive().isLessThan(both.size());
        assertThat(both).filteredOn(r -> !Boolean.TRUE.equals(r.get("tested"))).allSatisfy(r -> {
            assertThat((String) r.get("note")).startsWith("not tested: not publishable in");
            assertThat(r.get("p_value")).isNull();
            assertThat(r.get("q_value")).isNull();
            assertThat(r.get("significant")).isNull();
        });
        assertThat(both).filteredOn(r -> Boolean.TRUE.equals(r.get("tested"))).allSatisfy(r -> {
            assertThat(r).containsEntry("reliability_old", "publishable").containsEntry("reliability_new",
                    "publishable").containsEntry("note", null);
            assertThat((Double) r.get("q_value")).isGreaterThanOrEqualTo((Double) r.get("p_value"));
        });
        // nothing changed between the waves: per cell about 5% of the tests fall below 0.05 by chance,
        // after Benjamini-Hochberg (which keeps the chance of any false finding under 5% when nothing
        // changed) at most one
        assertThat(uncorrected).isPositive();
        assertThat(significant).isLessThanOrEqualTo(1).isLessThan(uncorrected);
        assertThat(run.out()).contains("tests               " + tests + " (cells publishable in both runs)")
                .contains("significant         " + significant + " after Benjamini-Hochberg (false discovery "
                        + "rate 5%); " + uncorrected + " with p < 0.05 per cell");
        Map<String, Object> summary = DuckDb.query(changes, "SELECT * FROM comparison").get(0);
        assertThat(summary).containsEntry("tests", tests).containsEntry("fdr_method", "Benjamini-Hochberg")
                .containsEntry("fdr_level", 0.05).containsEntry("cells_significant", significant)
                .containsEntry("cells_significant_uncorrected_5pct", uncorrected)
                .containsEntry("cells_not_publishable", both.size() - tests);
        assertThat((String) summary.get("publication_rule")).contains("reliability column");
    }

    @Test
    void aChangePlantedInOnePublishableCellIsFound() throws Exception {
        Path changes = dir.resolve("planted-changes.duckdb");
        CliRun run = compare(waveA, planted, changes);
        Map<String, Object> cell = DuckDb.query(changes, "SELECT * FROM changes" + PLANTED).get(0);
        assertThat(cell).containsEntry("tested", true).containsEntry("significant", true);
        assertThat((Double) cell.get("difference_points")).isGreaterThan(30);
        assertThat((Double) cell.get("q_value")).isLessThan(1e-6);
        assertThat(run.out()).contains("banen_erbij = ja, size_class 20-99");
        // the other questions did not change: none of their cells is significant
        assertThat(DuckDb.single(changes, "SELECT count(*) FROM changes WHERE significant "
                + "AND variable <> 'banen_erbij'")).isEqualTo(0L);
    }

    @Test
    void everyDifferenceColumnIsInPercentagePoints() throws Exception {
        Path changes = dir.resolve("points.duckdb");
        compare(waveB, planted, changes);
        Map<String, Object> row = DuckDb.query(changes, "SELECT * FROM changes" + PLANTED).get(0);
        Map<String, Object> old = DuckDb.query(waveB, "SELECT estimate, se FROM estimates" + PLANTED).get(0);
        Map<String, Object> neu = DuckDb.query(planted, "SELECT estimate, se FROM estimates" + PLANTED).get(0);
        double seOld = (Double) old.get("se");
        double seNew = (Double) neu.get("se");
        assertThat((Double) row.get("percent_old")).isCloseTo(100 * (Double) old.get("estimate"), within(1e-9));
        assertThat((Double) row.get("percent_new")).isCloseTo(100 * (Double) neu.get("estimate"), within(1e-9));
        assertThat((Double) row.get("difference_points")).isCloseTo((Double) row.get("percent_new")
                - (Double) row.get("percent_old"), within(1e-9));
        assertThat((Double) row.get("se_old_points")).isCloseTo(100 * seOld, within(1e-12));
        assertThat((Double) row.get("se_new_points")).isCloseTo(100 * seNew, within(1e-12));
        assertThat((Double) row.get("se_difference_points")).isCloseTo(100 * Math.sqrt(seOld * seOld + seNew * seNew),
                within(1e-12));
        assertThat((Double) row.get("z")).isCloseTo((Double) row.get("difference_points")
                / (Double) row.get("se_difference_points"), within(1e-9));
    }

    @Test
    void aResultsOwnReliabilityColumnDecidesWhatIsTested() throws Exception {
        Path marked = dir.resolve("marked.duckdb");
        Files.copy(planted, marked, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + marked); Statement s = c.createStatement()) {
            s.execute("UPDATE estimates SET reliability = 'publishable'");
            s.execute("UPDATE estimates SET reliability = 'indicative'" + PLANTED);
        }
        Path changes = dir.resolve("marked-changes.duckdb");
        CliRun run = compare(waveB, marked, changes);
        Map<String, Object> cell = DuckDb.query(changes, "SELECT * FROM changes" + PLANTED).get(0);
        assertThat(cell).containsEntry("tested", false).containsEntry("significant", null)
                .containsEntry("reliability_new", "indicative")
                .containsEntry("note", "not tested: not publishable in new, indicative (reliability column of the "
                        + "result)");
        assertThat((String) DuckDb.single(changes, "SELECT publication_rule FROM comparison"))
                .isEqualTo("the result's reliability column");
        assertThat(run.out()).contains("the result's reliability column");
    }

    @Test
    void theChangesWorkbookNamesTheTestsTheMethodAndTheSignificantCount() throws Exception {
        Path changes = dir.resolve("sheet.duckdb");
        compare(waveA, waveB, changes);
        long tests = (Long) DuckDb.single(changes, "SELECT tests FROM comparison");
        long significant = (Long) DuckDb.single(changes, "SELECT cells_significant FROM comparison");
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(dir.resolve("sheet.xlsx").toFile())) {
            var sheet = wb.getSheet(ChangesWorkbook.SHEET);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .startsWith(tests + " toetsen (cellen publiceerbaar in beide metingen); Benjamini-Hochberg, "
                            + "false discovery rate 5%: " + significant + " significant");
            var header = sheet.getRow(2);
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("q (Benjamini-Hochberg)");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("significant (FDR 5%)");
        }
    }
}
