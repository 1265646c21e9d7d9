package nl.weegschaal.publish.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import nl.weegschaal.testing.TrendCatalogFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * {@code waves trend}: the trend workbook of a three-wave catalog ({@link TrendCatalogFixture}) reopened
 * with POI and checked cell by cell against the catalog, and against the wave workbook of the real wave
 * for what it hides; the charts, the choice and order of waves, and the errors.
 */
class TrendWorkbookTest {
    private static final List<String> WAVES = TrendCatalogFixture.WAVES;
    @TempDir
    static Path project;
    static Path out;
    static Path catalog;
    static Path trend;
    /** estimate, ci_lower, ci_upper per wave|variable|level|domain_var|domain_value; reliability likewise. */
    static final Map<String, double[]> cells = new HashMap<>();
    static final Map<String, String> reliability = new HashMap<>();
    /** difference and significant per from|to|variable|level|domain_var|domain_value. */
    static final Map<String, Object[]> changes = new HashMap<>();
    /** per variable, its categories in codebook order (plain, then derived); categorical questions only. */
    static final Map<String, List<String>> categories = new LinkedHashMap<>();
    static final Map<String, String> sheets = new LinkedHashMap<>();

    @BeforeAll
    static void catalogOfThreeWaves() throws Exception {
        Path spec = SampleProject.copyTo(project);
        CliRun run = CliRun.of(project.resolve("home"), "run", spec.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        out = project.resolve("out");
        catalog = out.resolve("waves.duckdb");
        // the run registered its wave in the catalog; the fixture makes a three-wave catalog in its place
        Files.deleteIfExists(catalog);
        Files.deleteIfExists(out.resolve("waves.duckdb.wal"));
        TrendCatalogFixture.write(out.resolve("wave-2024.duckdb"), catalog);
        CliRun made = CliRun.of(project.resolve("home"), "waves", "trend", out.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        trend = out.resolve("trend.xlsx");
        assertThat(made.out()).contains(trend.toString());
        for (Map<String, Object> row : DuckDb.query(catalog, "SELECT * FROM estimates WHERE statistic = 'proportion'")) {
            String key = row.get("wave") + "|" + cellKey(row);
            cells.put(key, new double[] {(Double) row.get("estimate"), (Double) row.get("ci_lower"),
                    (Double) row.get("ci_upper")});
            reliability.put(key, (String) row.get("reliability"));
        }
        for (Map<String, Object> row : DuckDb.query(catalog, "SELECT * FROM changes")) {
            changes.put(row.get("wave_from") + "|" + row.get("wave_to") + "|" + cellKey(row),
                    new Object[] {row.get("difference"), row.get("significant")});
        }
        for (Map<String, Object> row : DuckDb.query(catalog, "SELECT variable, level, sheet FROM \"wave-2024\".codebook "
                + "WHERE type <> 'numeric' ORDER BY (kind = 'derived'), rowid")) {
            categories.computeIfAbsent((String) row.get("variable"), v -> new ArrayList<>()).add((String) row.get("level"));
            sheets.put((String) row.get("variable"), (String) row.get("sheet"));
        }
    }

    private static String cellKey(Map<String, Object> row) {
        return row.get("variable") + "|" + row.get("level") + "|" + row.get("domain_var") + "|" + row.get("domain_value");
    }

    @Test
    void everyPercentageIntervalAndChangeEqualsTheCatalogAndTheMarkIsWhereTheChangeIsSignificant() throws Exception {
        int marks = 0;
        int hidden = 0;
        try (XSSFWorkbook book = open(trend); XSSFWorkbook wave = open(out.resolve("wave-2024.xlsx"))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Toelichting");
            for (Map.Entry<String, List<String>> question : categories.entrySet()) {
                XSSFSheet sheet = book.getSheet(sheets.get(question.getKey()));
                Sheet waveSheet = wave.getSheet(sheets.get(question.getKey()));
                assertThat(sheet).as(question.getKey()).isNotNull();
                List<String> levels = question.getValue();
                for (int r = TrendSheet.FIRST_ROW; sheet.getRow(r) != null
                        && !text(sheet.getRow(r).getCell(0)).isEmpty(); r++) {
                    String domain = domainOf(sheet.getRow(r).getCell(0).getStringCellValue());
                    if (domain == null) {
                        continue; // a breakdown's heading row
                    }
                    var w24 = waveSheet.getRow(r - TrendSheet.FIRST_ROW + QuestionSheet.FIRST_ROW);
                    assertThat(text(w24.getCell(0))).isEqualTo(text(sheet.getRow(r).getCell(0)));
                    boolean rowHidden = text(w24.getCell(QuestionSheet.percentColumn(levels.size())))
                            .equals(CellMarks.HIDDEN);
                    for (int c = 0; c < levels.size(); c++) {
                        String key = question.getKey() + "|" + levels.get(c) + "|" + domain;
                        for (int w = 0; w < WAVES.size(); w++) {
                            int column = TrendSheet.percentColumn(c, w, WAVES.size());
                            Cell pct = sheet.getRow(r).getCell(column);
                            Cell interval = sheet.getRow(r).getCell(column + 1);
                            boolean shown = !rowHidden && !"suppressed".equals(reliability.get(WAVES.get(w) + "|" + key));
                            if (!shown) {
                                hidden++;
                                assertThat(text(pct)).as(key).isEqualTo(CellMarks.HIDDEN);
                                assertThat(text(interval)).isEqualTo(CellMarks.HIDDEN);
                            } else {
                                double[] e = cells.get(WAVES.get(w) + "|" + key);
                                assertThat(pct.getNumericCellValue()).as(WAVES.get(w) + " " + key)
                                        .isEqualTo(Math.round(e[0] * 1000) / 10.0);
                                assertThat(interval.getStringCellValue()).isEqualTo(CellMarks.interval(
                                        Math.round(e[1] * 1000) / 10.0, Math.round(e[2] * 1000) / 10.0, false));
                            }
                            if (w == WAVES.size() - 1) {
                                Cell real = w24.getCell(QuestionSheet.percentColumn(c));
                                assertThat(text(pct)).as("as the wave workbook: " + key).isEqualTo(text(real));
                                assertThat(text(interval)).isEqualTo(text(w24.getCell(QuestionSheet.percentColumn(c) + 1)));
                            }
                            if (w > 0) {
                                marks += checkChange(sheet.getRow(r).getCell(TrendSheet.changeColumn(c, w, WAVES.size())),
                                        w, key, rowHidden);
                            }
                        }
                    }
                }
            }
        }
        assertThat(marks).as("significant changes marked").isPositive();
        assertThat(hidden).as("cells not shown").isPositive();
    }

    /** Checks a change cell; returns 1 if it carries a mark. */
    private static int checkChange(Cell change, int w, String key, boolean rowHidden) {
        String from = WAVES.get(w - 1) + "|" + key;
        String to = WAVES.get(w) + "|" + key;
        boolean bothShown = !rowHidden && !"suppressed".equals(reliability.get(from))
                && !"suppressed".equals(reliability.get(to));
        if (!bothShown) {
            assertThat(text(change)).as("change of " + to).isEqualTo(CellMarks.HIDDEN);
            return 0;
        }
        Object[] row = changes.get(WAVES.get(w - 1) + "|" + to);
        assertThat(change.getNumericCellValue()).as("change of " + to)
                .isEqualTo(Math.round((Double) row[0] * 1000) / 10.0);
        boolean publishable = "publishable".equals(reliability.get(from)) && "publishable".equals(reliability.get(to));
        boolean marked = change.getCellStyle().getDataFormatString().contains(TrendLabels.UP);
        assertThat(marked).as("mark of " + to).isEqualTo(publishable && Boolean.TRUE.equals(row[1]));
        return marked ? 1 : 0;
    }

    /** The domain of a table row by its label: total, or the breakdown of the heading above it and the value. */
    private static String domainOf(String label) throws Exception {
        if (label.equals("Totaal")) {
            return "total|total";
        }
        for (Map<String, Object> b : DuckDb.query(catalog, "SELECT breakdown, domain_value FROM \"wave-2024\".breakdowns "
                + "WHERE domain_nl = '" + label.replace("'", "''") + "'")) {
            return b.get("breakdown") + "|" + b.get("domain_value");
        }
        return null;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    @Test
    void eachQuestionHasALineChartWithOneSeriesPerCategoryAndTheWavesAsCategories() throws Exception {
        try (XSSFWorkbook book = open(trend)) {
            for (Map.Entry<String, List<String>> question : categories.entrySet()) {
                XSSFSheet sheet = book.getSheet(sheets.get(question.getKey()));
                List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
                assertThat(charts).as(question.getKey()).hasSize(1);
                List<CTLineSer> series = List.of(charts.get(0).getCTChart().getPlotArea().getLineChartArray(0)
                        .getSerArray());
                assertThat(series).hasSize(question.getValue().size());
                for (int c = 0; c < series.size(); c++) {
                    CTLineSer line = series.get(c);
                    var points = line.getCat().getStrRef().getStrCache().getPtList();
                    assertThat(points.stream().map(p -> p.getV()).toList()).isEqualTo(WAVES);
                    assertThat(cells(sheet, line.getCat().getStrRef().getF()).stream().map(TrendWorkbookTest::text)
                            .toList()).as("the x axis refers to the waves' names").isEqualTo(WAVES);
                    // every series refers to cells holding the total's percentages as the table shows them
                    List<Cell> values = cells(sheet, line.getVal().getNumRef().getF());
                    Cell title = cell(sheet, line.getTx().getStrRef().getF());
                    assertThat(text(title)).isEqualTo(line.getTx().getStrRef().getStrCache().getPtArray(0).getV());
                    for (int w = 0; w < WAVES.size(); w++) {
                        Cell shown = sheet.getRow(TrendSheet.FIRST_ROW).getCell(TrendSheet.percentColumn(c, w, WAVES.size()));
                        String expected = text(shown).equals(CellMarks.HIDDEN) ? "" : text(shown);
                        assertThat(text(values.get(w))).as(question.getKey() + " " + text(title) + " " + WAVES.get(w))
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void aSuppressedPointIsAGapAndItsLineIsStillDrawn() throws Exception {
        try (XSSFWorkbook book = open(trend)) {
            // ai_gebruik's hoge_mate total is suppressed in wave-2022: a gap in its line, not a zero, and not
            // a series of literal values, which LibreOffice does not draw at all when a point is missing
            XSSFSheet sheet = book.getSheet(sheets.get("ai_gebruik"));
            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
            CTLineSer hoge = chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(1);
            assertThat(text(cell(sheet, hoge.getTx().getStrRef().getF()))).isEqualTo("In hoge mate");
            assertThat(hoge.getVal().isSetNumLit()).isFalse();
            List<Cell> values = cells(sheet, hoge.getVal().getNumRef().getF());
            assertThat(values.get(0) == null || values.get(0).getCellType() == CellType.BLANK).as("wave-2022's cell")
                    .isTrue();
            assertThat(values.get(1).getNumericCellValue()).isEqualTo(
                    Math.round(cells.get("wave-2023|ai_gebruik|hoge_mate|total|total")[0] * 1000) / 10.0);
            assertThat(hoge.getVal().getNumRef().getNumCache().getPtList()).extracting(p -> p.getIdx())
                    .containsExactly(1L, 2L);
            assertThat(chart.getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
        }
    }

    @Test
    void aQuestionSheetPrintsWholeCategoriesPerPageAtAFixedScaleSoThatItsPageBreaksHold() throws Exception {
        try (XSSFWorkbook book = open(trend)) {
            for (Map.Entry<String, List<String>> question : categories.entrySet()) {
                XSSFSheet sheet = book.getSheet(sheets.get(question.getKey()));
                // a sheet fitted to a number of pages has its manual breaks ignored, by Excel and LibreOffice
                assertThat(sheet.getFitToPage()).as(question.getKey()).isFalse();
                assertThat((int) sheet.getPrintSetup().getScale()).isBetween(55, 100);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                List<Integer> groupStarts = new ArrayList<>();
                for (int c = 1; c < question.getValue().size(); c++) {
                    groupStarts.add(TrendSheet.percentColumn(c, 0, WAVES.size()));
                }
                int[] breaks = sheet.getColumnBreaks();
                if (question.getValue().size() > 1) {
                    assertThat(breaks).as("breaks between categories").isNotEmpty();
                    assertThat(sheet.getRepeatingColumns().formatAsString()).as("row labels on every page")
                            .isEqualTo("A:A");
                }
                for (int column : breaks) {
                    // POI reports a break by the last column before it
                    assertThat(groupStarts).as(question.getKey()).contains(column + 1);
                }
                // the question, base, unit and notes are wrapped within the first page
                int firstPageEnd = breaks.length == 0 ? Integer.MAX_VALUE : breaks[0];
                for (var region : sheet.getMergedRegions()) {
                    if (region.getFirstColumn() == 0) {
                        assertThat(region.getLastColumn()).as(region.formatAsString()).isLessThanOrEqualTo(firstPageEnd);
                    }
                }
                // the chart starts on the page after the table's notes
                int chartTop = ((org.apache.poi.xssf.usermodel.XSSFClientAnchor) sheet.getDrawingPatriarch().getShapes()
                        .get(0).getAnchor()).getRow1();
                assertThat(sheet.getRowBreaks()).containsExactly(chartTop - 1);
            }
        }
    }

    /** The cells of a chart reference: one cell, or a union of single cells {@code ('S'!$B$8,'S'!$D$8)}. */
    private static List<Cell> cells(XSSFSheet sheet, String reference) {
        String union = reference.startsWith("(") ? reference.substring(1, reference.length() - 1) : reference;
        List<Cell> cells = new ArrayList<>();
        for (String one : union.split(",")) {
            cells.add(cell(sheet, one));
        }
        return cells;
    }

    private static Cell cell(XSSFSheet sheet, String reference) {
        CellReference ref = new CellReference(reference);
        assertThat(ref.getSheetName()).isEqualTo(sheet.getSheetName());
        var row = sheet.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    @Test
    void wavesSelectsAndOrdersTheWavesAndAPairTheCatalogDidNotTestHasNoMark() throws Exception {
        Path file = out.resolve("two.xlsx");
        CliRun run = CliRun.of(project.resolve("home"), "waves", "trend", catalog.toString(), "--waves",
                "wave-2024,wave-2022", "--out", file.toString(), "--language", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XSSFWorkbook book = open(file)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Notes");
            XSSFSheet sheet = book.getSheet("Jobs added");
            assertThat(sheet.getRow(TrendSheet.HEADER_ROW + 1).getCell(1).getStringCellValue()).isEqualTo("wave-2024");
            assertThat(sheet.getRow(TrendSheet.HEADER_ROW + 1).getCell(3).getStringCellValue()).isEqualTo("wave-2022");
            Cell change = sheet.getRow(TrendSheet.FIRST_ROW).getCell(TrendSheet.changeColumn(0, 1, 2));
            double[] old = cells.get("wave-2022|banen_erbij|ja|total|total");
            double[] now = cells.get("wave-2024|banen_erbij|ja|total|total");
            assertThat(change.getNumericCellValue()).isEqualTo(Math.round((old[0] - now[0]) * 1000) / 10.0);
            for (Sheet s : book) {
                for (var row : s) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellStyle().getDataFormatString()).doesNotContain(TrendLabels.UP);
                    }
                }
            }
            assertThat(text(book.getSheet("Notes"))).contains("wave-2024 \u2192 wave-2022")
                    .contains("not tested: the catalog tests consecutive waves only");
        }
    }

    @Test
    void theNotesNameTheWavesTheirFieldworkTheComparisonAndTheRules() throws Exception {
        try (XSSFWorkbook book = open(trend)) {
            String notes = text(book.getSheet("Toelichting"));
            assertThat(notes).contains("wave-2022", "16 september 2024 tot en met 22 november 2024", "2.306 respondenten")
                    .contains("wave-2023 \u2192 wave-2024", "overlappende steekproeven: ")
                    .contains("wave-2022 \u2192 wave-2023", "onafhankelijke steekproeven")
                    .contains("Bron: UWV Werkgeversonderzoek 2022; UWV Werkgeversonderzoek 2023; UWV Werkgeversonderzoek 2024")
                    .contains("minder dan 10 respondenten").contains("Numerieke vragen staan niet in dit werkboek");
            long nBoth = (Long) DuckDb.single(catalog, "SELECT max(n_both) FROM changes WHERE domain_var = 'total' "
                    + "AND wave_to = 'wave-2024'");
            assertThat(notes).contains(String.format(java.util.Locale.forLanguageTag("nl-NL"), "tot %,d vestigingen per vraag in beide steekproeven",
                    nBoth));
        }
    }

    @Test
    void anUnknownWaveIsAnErrorNamingTheWavesThereAre() throws Exception {
        Path file = out.resolve("unknown.xlsx");
        CliRun run = CliRun.of(project.resolve("home"), "waves", "trend", catalog.toString(), "--waves",
                "wave-2024,wave-2025", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("no wave 'wave-2025'").contains("wave-2022, wave-2023, wave-2024")
                .doesNotContain("Exception");
        assertThat(file).doesNotExist();
    }

    @Test
    void anEmptyCatalogIsAClearError() throws Exception {
        Path empty = Files.createDirectories(project.resolve("empty"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + empty.resolve("waves.duckdb"))) {
            c.createStatement().execute("CREATE TABLE waves (wave VARCHAR, survey VARCHAR, fieldwork_from DATE, "
                    + "fieldwork_to DATE, schema_name VARCHAR)");
        }
        CliRun run = CliRun.of(project.resolve("home"), "waves", "trend", empty.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("holds no waves");
        assertThat(empty.resolve("trend.xlsx")).doesNotExist();
    }

    @Test
    void aFolderWithoutACatalogIsAClearError() {
        CliRun run = CliRun.of(project.resolve("home"), "waves", "trend", project.resolve("jobs").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("there is no wave catalog").contains("waves.duckdb");
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (var row : sheet) {
            for (Cell cell : row) {
                text.append(TrendWorkbookTest.text(cell)).append(' ');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
