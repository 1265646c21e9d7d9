package nl.weegschaal.publish.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.weighting.TrimRule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

/**
 * The report's charts, the print setup and the publication words of the sample wave's workbook,
 * reopened with POI.
 */
class WorkbookChartsAndPrintTest {
    static final int FIRST = QuestionSheet.FIRST_ROW;

    @TempDir
    static Path project;
    static WaveSpec spec;

    @BeforeAll
    static void runTheSampleWave() throws Exception {
        Path specFile = nl.weegschaal.testing.SampleProject.copyTo(project);
        CliRun run = CliRun.of(project.resolve("home"), "run", specFile.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        spec = SpecLoader.load(specFile);
    }

    static WaveSpec with(WaveSpec s, int min) {
        return new WaveSpec(s.file(), s.wave(), s.survey(), s.sourceLine(), s.fieldworkFrom(), s.fieldworkTo(),
                s.approached(), s.inputs(), s.codebook(), s.strata(), s.frame(), s.frameCount(), s.weighting(),
                s.domains(), s.maxRejectShare(), s.outputDir(), new WaveSpec.Publication(nl.weegschaal.estimation.IntervalMethod.KORN_GRAUBARD,
                new nl.weegschaal.estimation.ReliabilityRules(30, 30, 5, 1.3, 8, min), "nl"), s.result(),
                s.workbook(), s.strict(), s.parameters());
    }

    static XSSFWorkbook write(WaveSpec s, String name, String language) throws Exception {
        Path target = project.resolve("out").resolve(name);
        SummaryWorkbook.write(s, spec.result(), target, language);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theChartsSheetHasTheOverviewTheHeadlineBySizeAndBySectorWithSuppressedSectorsLeftOut() throws Exception {
        // at 150 respondents several sectors are hidden (x): they must not be charted
        try (XSSFWorkbook book = write(with(spec, 150), "charts-150.xlsx", "nl")) {
            XSSFSheet sheet = book.getSheet("Grafieken");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly(
                    "Verwachtingen: aandeel 'ja' per vraag", "AI-gebruik: (Zeer) hoge of redelijke mate",
                    "AI-gebruik: (Zeer) hoge of redelijke mate per sector");
            List<String> sectors = categories(sheet, charts.get(2));
            XSSFSheet ai = book.getSheet("AI-gebruik");
            List<String> hidden = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (int d = 4; d < 20; d++) {
                Row row = ai.getRow(SummaryWorkbookTest.row(d));
                if (row == null || row.getCell(1) == null || row.getCell(0).getStringCellValue().isEmpty()) {
                    break;
                }
                (row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? hidden : shown)
                        .add(row.getCell(0).getStringCellValue());
            }
            assertThat(hidden).isNotEmpty();
            assertThat(sectors).hasSize(shown.size());
            assertThat(sectors).noneMatch(s -> hidden.contains(s.replace(" *", "")));
            // the overview: one bar per yes/no question (six), none of the multiple-response ones
            assertThat(categories(sheet, charts.get(0))).containsExactly("Banen verdwijnen", "Banen erbij",
                    "Scholingsbehoefte", "Andere vaardigheden", "Personeelstekort", "Functies veranderen");
        }
    }

    @Test
    void aQuestionChartLeavesOutHiddenRowsAndRefersOnlyToShownCells() throws Exception {
        // asked of those who expect functions to change: at 200 respondents a size class is hidden
        try (XSSFWorkbook book = write(with(spec, 200), "question-chart-200.xlsx", "nl")) {
            XSSFSheet sheet = book.getSheet("Welke functies veranderen");
            List<String> hidden = SummaryWorkbookTest.hiddenRows(sheet);
            assertThat(hidden).contains("2-19 werknemers");
            CTBarSer series = ChartParts.series(sheet.getDrawingPatriarch().getCharts().get(0), 0);
            List<String> charted = new ArrayList<>();
            series.getCat().getStrRef().getStrCache().getPtList().forEach(p -> charted.add(p.getV()));
            assertThat(charted).contains("Totaal").doesNotContainAnyElementsOf(hidden);
            String reference = series.getCat().getStrRef().getF();
            for (int d = 0; d < 4; d++) {
                String cell = "$A$" + (SummaryWorkbookTest.row(d) + 1);
                boolean shown = !hidden.contains(sheet.getRow(SummaryWorkbookTest.row(d)).getCell(0)
                        .getStringCellValue());
                assertThat(reference.contains(cell)).as(cell + " in " + reference).isEqualTo(shown);
            }
        }
    }

    @Test
    void indicativeSectorsAreMarkedWithAnAsteriskAndALighterBar() throws Exception {
        try (XSSFWorkbook book = write(spec, "charts-10.xlsx", "nl")) {
            XSSFSheet sheet = book.getSheet("Grafieken");
            XSSFChart bySector = sheet.getDrawingPatriarch().getCharts().get(2);
            List<String> sectors = categories(sheet, bySector);
            CTBarSer series = ChartParts.series(bySector, 0);
            List<Long> lighter = new ArrayList<>();
            for (var point : series.getDPtList()) {
                lighter.add(point.getIdx().getVal());
            }
            List<Long> marked = new ArrayList<>();
            for (int i = 0; i < sectors.size(); i++) {
                if (sectors.get(i).endsWith(" *")) {
                    marked.add((long) i);
                }
            }
            assertThat(marked).isNotEmpty().isEqualTo(lighter);
        }
    }

    @Test
    void everyQuestionChartShowsItsValuesAsDataLabels() throws Exception {
        try (XSSFWorkbook book = write(spec, "labels.xlsx", "nl")) {
            for (QuestionCount q : questions(book)) {
                XSSFChart chart = q.sheet().getDrawingPatriarch().getCharts().get(0);
                int count = chart.getCTChart().getPlotArea().getBarChartArray(0).sizeOfSerArray();
                for (int s = 0; s < count; s++) {
                    assertThat(ChartParts.series(chart, s).getDLbls().getShowVal().getVal()).as(q.sheet().getSheetName())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void eachBreakdownHasAHeadingWithALineAcrossTheWholeTableAndTheChartRefersToTheTableAroundIt()
            throws Exception {
        try (XSSFWorkbook book = write(spec, "headings.xlsx", "nl")) {
            XSSFSheet sheet = book.getSheet("Banen erbij");
            int nColumn = 1 + 2 * 3;
            for (int[] heading : new int[][] {{FIRST + 1}, {SummaryWorkbookTest.row(4) - 1}}) {
                Row row = sheet.getRow(heading[0]);
                for (int c = 0; c <= nColumn; c++) {
                    assertThat(row.getCell(c).getCellStyle().getBorderTop())
                            .as("column %d", c).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
                }
            }
            assertThat(sheet.getRow(FIRST + 1).getCell(0).getStringCellValue()).isEqualTo("Grootteklasse");
            assertThat(sheet.getRow(SummaryWorkbookTest.row(4) - 1).getCell(0).getStringCellValue()).isEqualTo("Sector");
            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
            assertThat(ChartParts.series(chart, 0).getCat().getStrRef().getF())
                    .isEqualTo("('Banen erbij'!$A$7,'Banen erbij'!$A$9:$A$11)");
            assertThat(ChartParts.series(chart, 0).getVal().getNumRef().getF())
                    .isEqualTo("('Banen erbij'!$B$7,'Banen erbij'!$B$9:$B$11)");
        }
    }

    @Test
    void everySheetPrintsLandscapeOnA4FittedToOnePageWide() throws Exception {
        try (XSSFWorkbook book = write(spec, "print.xlsx", "nl")) {
            for (Sheet sheet : book) {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName()).isEqualTo((short) 9);
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
            }
        }
    }

    @Test
    void theNotesSayTheMethodsInPublicationWordsAndNoInternalNames() throws Exception {
        try (XSSFWorkbook book = write(spec, "words.xlsx", "nl")) {
            String notes = text(book.getSheet("Toelichting"));
            assertThat(notes).contains("UWV Werkgeversonderzoek 2024", "Benaderde vestigingen\n17600.0",
                    "13,1% (respondenten / benaderde vestigingen)", "Uitzendbureaus en arbeidsbemiddeling "
                    + "(SBI-afdeling 78)", "Detailhandel en autohandel\n45, 47", "per stratum gewogen naar de populatie",
                    "dat de vraag beantwoordde", "Samengevoegde strata", "Afgetopte weegfactoren");
            assertThat(notes).doesNotContain("wave-2024", "frame.csv", "SNAPSHOT", "adjust", "stratified",
                    "dat de vraag kreeg");
            String weights = text(book.getSheet("Weegfactoren"));
            assertThat(weights).contains("Detailhandel en autohandel, 2-19 werknemers (w = 720,5; n = 77)")
                    .doesNotContain("w = 720.5", "05 x 2-19");
        }
    }

    @Test
    void aCollapsedRakedAndTrimmedRunSaysWhatWasMergedAndCappedInTheNotesAndOnTheWeightingSheet() throws Exception {
        Path specFile = spec.file();
        Path other = specFile.resolveSibling("reweighted.yml");
        Files.writeString(other, Files.readString(specFile).replace("wave: wave-2024", "wave: reweighted")
                .replace("weighting: {method: stratified, lonely_psu: adjust, level: 0.95}", "weighting: {method: rake, "
                        + "trim: {max_weight: 650}, collapse: {merges: [[\"07 x 20-99\", \"07 x 100+\"]]}}"));
        CliRun run = CliRun.of(project.resolve("home"), "run", other.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        WaveSpec reweighted = SpecLoader.load(other);
        try (InputStream in = Files.newInputStream(reweighted.workbook()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            String notes = text(book.getSheet("Toelichting"));
            assertThat(notes).contains("Kalibratie door iteratief proportioneel aanpassen (raking)",
                    "Horeca, 20-99 werknemers + Horeca, 100 of meer werknemers",
                    "77 weegfactoren (van 1 stratum) zijn afgetopt op 650,0");
            String weging = text(book.getSheet("Weging"));
            assertThat(weging).contains("samengevoegd met Horeca, 100 of meer werknemers",
                    "samengevoegd met Horeca, 20-99 werknemers", "afgetopt van 701,7 tot 650,0");
        }
    }

    @Test
    void aReleaseVersionIsShownAsItIsAndADevelopmentBuildInWords() {
        Labels nl = Labels.of("nl");
        assertThat(nl.version("0.1.0")).isEqualTo("0.1.0");
        assertThat(nl.version("0.1.0-SNAPSHOT")).isEqualTo("0.1.0 (ontwikkelversie)");
        assertThat(nl.decimal(720.52)).isEqualTo("720,5");
        assertThat(nl.decimal(12345.0)).isEqualTo("12.345,0");
    }

    @Test
    void collapsedAndCappedStrataAreReadFromTheStrataTable() {
        List<Map<String, Object>> rows = List.of(
                Map.of("s", "a", "respondents", 10L, "weight", 50.0, "untrimmed_weight", 50.0, "collapsed_stratum", "a"),
                Map.of("s", "b", "respondents", 2L, "weight", 300.0, "untrimmed_weight", 300.0,
                        "collapsed_stratum", "b+c"),
                Map.of("s", "c", "respondents", 1L, "weight", 300.0, "untrimmed_weight", 300.0,
                        "collapsed_stratum", "b+c"),
                Map.of("s", "d", "respondents", 4L, "weight", 250.0, "untrimmed_weight", 400.0, "collapsed_stratum", "d"));
        Reweighting r = Reweighting.of(List.of("s"), rows, new TrimRule(null, 250.0));
        assertThat(r.collapsedGroups()).containsOnlyKeys("b+c");
        assertThat(r.groupOf(List.of("c"))).isEqualTo("b+c");
        // b and c were above the cap before trimming too, but kept their weight: only d was capped
        assertThat(r.cappedStrata()).extracting(Reweighting.Capped::key).containsExactly(List.of("d"));
        assertThat(r.cappedWeights()).isEqualTo(4);
        assertThat(r.weightMoved()).isEqualTo(600.0);
        assertThat(r.cap()).isEqualTo(250.0);
        assertThat(Reweighting.of(List.of("s"), rows, TrimRule.NONE).trimmed()).isFalse();
    }

    private record QuestionCount(XSSFSheet sheet) {
    }

    private static List<QuestionCount> questions(XSSFWorkbook book) {
        List<QuestionCount> sheets = new ArrayList<>();
        for (var q : spec.codebook().values()) {
            if (!q.isNumeric()) { // a numeric question's sheet has no chart
                sheets.add(new QuestionCount(book.getSheet(q.sheet())));
            }
        }
        return sheets;
    }

    /** The category labels a chart refers to, read from the cells of its range. */
    private static List<String> categories(XSSFSheet sheet, XSSFChart chart) {
        String ref = ChartParts.series(chart, 0).getCat().getStrRef().getF();
        var range = org.apache.poi.ss.util.AreaReference.isContiguous(ref)
                ? new org.apache.poi.ss.util.AreaReference(ref, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007) : null;
        List<String> labels = new ArrayList<>();
        for (var cell : range.getAllReferencedCells()) {
            labels.add(sheet.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
        }
        return labels;
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                all.append(cell.toString()).append('\n');
            }
        }
        return all.toString();
    }
}
