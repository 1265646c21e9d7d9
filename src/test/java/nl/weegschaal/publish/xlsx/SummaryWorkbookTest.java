package nl.weegschaal.publish.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.estimation.Classification;
import nl.weegschaal.estimation.Interval;
import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.estimation.ReliabilityClassifier;
import nl.weegschaal.estimation.ReliabilityRules;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SectorCluster;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of the bundled sample wave, reopened with POI and checked cell by cell against the
 * result file's estimates and the publication rules.
 */
class SummaryWorkbookTest {
    static final List<String> SIZE_LABELS = List.of("2-19 werknemers", "20-99 werknemers", "100 of meer werknemers");
    static final int FIRST = QuestionSheet.FIRST_ROW;

    @TempDir
    static Path project;
    static WaveSpec spec;
    static Path result;
    /** estimate and se per variable|level|domain_value; n per variable|domain_value. */
    static final Map<String, double[]> estimates = new HashMap<>();
    static final Map<String, Long> n = new HashMap<>();
    static final Map<String, Reliability> reliability = new HashMap<>();

    @BeforeAll
    static void runTheSampleWave() throws Exception {
        Path specFile = nl.weegschaal.testing.SampleProject.copyTo(project);
        CliRun run = CliRun.of(project.resolve("home"), "run", specFile.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        spec = SpecLoader.load(specFile);
        result = spec.result();
        for (Map<String, Object> row : DuckDb.query(result, "SELECT variable, level, domain_value, n_unweighted, "
                + "estimate, ci_lower, ci_upper, reliability FROM estimates WHERE statistic = 'proportion'")) {
            String domain = row.get("variable") + "|" + row.get("domain_value");
            String key = row.get("variable") + "|" + row.get("level") + "|" + row.get("domain_value");
            estimates.put(key, new double[] {(Double) row.get("estimate"), (Double) row.get("ci_lower"),
                    (Double) row.get("ci_upper")});
            reliability.put(key, Reliability.of((String) row.get("reliability")));
            n.put(domain, (Long) row.get("n_unweighted"));
        }
    }

    static WaveSpec with(WaveSpec s, int min, Map<String, Question> codebook) {
        return new WaveSpec(s.file(), s.wave(), s.survey(), s.sourceLine(), s.fieldworkFrom(), s.fieldworkTo(),
                s.inputs(), codebook, s.strata(), s.frame(), s.frameCount(), s.weighting(), s.domains(),
                s.maxRejectShare(), s.outputDir(), new WaveSpec.Publication(IntervalMethod.KORN_GRAUBARD,
                new ReliabilityRules(30, 30, 5, 1.3, 8, min), "nl"), s.result(), s.workbook(),
                s.strict(), s.parameters());
    }

    static XSSFWorkbook write(WaveSpec s, String name, String language) throws Exception {
        Path target = project.resolve("out").resolve(name);
        SummaryWorkbook.write(s, result, target, language);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> domains() {
        List<String> domains = new ArrayList<>(List.of("total", "2-19", "20-99", "100+"));
        SectorClassification.uwvSector16().clusters().forEach(c -> domains.add(c.code()));
        return domains;
    }

    static List<String> categories(Question q) {
        List<String> codes = new ArrayList<>(q.levels().stream().map(Level::code).toList());
        q.derived().forEach(d -> codes.add(d.code()));
        return codes;
    }

    /** The single-choice and multiple-response questions: those with a sheet of percentages and a chart. */
    static List<Question> choiceQuestions() {
        return spec.codebook().values().stream().filter(q -> !q.isNumeric()).toList();
    }

    static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "#" + cell;
    }

    @Test
    void sheetsFollowTheCodebookBetweenNotesAndWeighting() throws Exception {
        try (XSSFWorkbook workbook = write(spec, "names.xlsx", "nl")) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("Toelichting"));
            spec.codebook().values().forEach(q -> expected.add(q.sheet()));
            expected.add("Grafieken");
            expected.add("Weging");
            expected.add("Weegfactoren");
            assertThat(names).isEqualTo(expected).contains("AI-gebruik", "Banen verdwijnen", "Scholingsbehoefte");
        }
    }

    /** With 60 as the minimum the sample has small rows; every shown number matches the estimates as shown. */
    @Test
    void everyShownNumberIsTheEstimateAsShownAndEverySmallRowIsHidden() throws Exception {
        int min = 60;
        int primary = 0;
        int secondary = 0;
        try (XSSFWorkbook workbook = write(with(spec, min, spec.codebook()), "min60.xlsx", "nl")) {
            for (Question q : choiceQuestions()) {
                Sheet sheet = workbook.getSheet(q.sheet());
                assertThat(text(sheet, 0, 0)).isEqualTo(q.text());
                List<String> codes = categories(q);
                List<String> domains = domains();
                Map<String, List<Boolean>> hidden = new LinkedHashMap<>();
                for (int d = 0; d < domains.size(); d++) {
                    Row row = sheet.getRow(row(d));
                    assertThat(text(sheet, row(d), 0)).isEqualTo(label(d));
                    long respondents = n.get(q.name() + "|" + domains.get(d));
                    int nColumn = 1 + 2 * codes.size();
                    boolean isHidden = row.getCell(nColumn).getCellType() == CellType.STRING;
                    String dimension = d == 0 ? "total" : d <= 3 ? "size" : "sector";
                    hidden.computeIfAbsent(dimension, k -> new ArrayList<>()).add(isHidden);
                    if (respondents < min) {
                        assertThat(isHidden).as("%s %s n=%d", q.name(), domains.get(d), respondents).isTrue();
                        primary++;
                    } else if (isHidden) {
                        secondary++;
                    }
                    for (int c = 1; c <= nColumn; c++) {
                        Cell cell = row.getCell(c);
                        String key = c == nColumn ? "" : q.name() + "|" + codes.get((c - 1) / 2) + "|" + domains.get(d);
                        if (isHidden || c < nColumn && reliability.get(key) == Reliability.SUPPRESSED) {
                            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                            assertThat(cell.getStringCellValue()).isEqualTo(CellMarks.HIDDEN);
                            continue;
                        }
                        if (c == nColumn) {
                            assertThat(cell.getNumericCellValue()).isEqualTo(respondents);
                            continue;
                        }
                        double[] estimate = estimates.get(key);
                        if (c % 2 == 1) {
                            assertThat(cell.getNumericCellValue()).as("%s %s col %d", q.name(), domains.get(d), c)
                                    .isCloseTo(Math.round(estimate[0] * 1000) / 10.0, within(1e-9));
                        } else {
                            assertThat(cell.getStringCellValue()).as("%s %s col %d", q.name(), domains.get(d), c)
                                    .isEqualTo(CellMarks.interval(Math.round(estimate[1] * 1000) / 10.0,
                                            Math.round(estimate[2] * 1000) / 10.0, false));
                        }
                    }
                }
                for (Map.Entry<String, List<Boolean>> dimension : hidden.entrySet()) {
                    long count = dimension.getValue().stream().filter(h -> h).count();
                    assertThat(hidden.get("total").get(0) || count != 1)
                            .as("%s %s: a single hidden row could be recomputed", q.name(), dimension.getKey()).isTrue();
                }
                if (hidden.values().stream().flatMap(List::stream).anyMatch(h -> h)) {
                    assertThat(notes(sheet)).anyMatch(note -> note.startsWith(CellMarks.HIDDEN + " = niet publiceerbaar")
                            && note.contains("minder dan 60 respondenten"));
                }
                assertThat(notes(sheet)).contains("Bron: UWV Werkgeversonderzoek 2024");
            }
        }
        assertThat(primary).as("the sample has rows below 60 respondents").isGreaterThan(10);
        assertThat(secondary).as("and one needs a secondary suppression").isGreaterThan(0);
    }

    /** Every stored status is what the rules give for the cell's own numbers; every interval lies in [0, 1]. */
    @Test
    void everyCellsReliabilityFollowsTheRulesAndItsIntervalLiesWithinZeroAndOne() throws Exception {
        ReliabilityClassifier rules = new ReliabilityClassifier(spec.publication().reliability());
        Map<Reliability, Integer> counts = new java.util.EnumMap<>(Reliability.class);
        for (Map<String, Object> row : DuckDb.query(result, "SELECT * FROM estimates WHERE statistic = 'proportion'")) {
            double p = (Double) row.get("estimate");
            Double lower = (Double) row.get("ci_lower");
            Double upper = (Double) row.get("ci_upper");
            Classification expected = rules.classify(p, (Double) row.get("se"),
                    new Interval((Double) row.get("ci_beta_low"), (Double) row.get("ci_beta_high")),
                    (Long) row.get("df"), (Long) row.get("n_unweighted"));
            String cell = row.get("variable") + " " + row.get("level") + " " + row.get("domain_value");
            assertThat(row.get("reliability")).as(cell).isEqualTo(expected.reliability().code());
            assertThat(row.get("reliability_reason")).as(cell).isEqualTo(expected.reason());
            counts.merge(expected.reliability(), 1, Integer::sum);
            if (lower != null) {
                assertThat(lower).as(cell).isBetween(0.0, p);
                assertThat(upper).as(cell).isBetween(p, 1.0);
            } else {
                assertThat(row.get("reliability")).as(cell).isEqualTo("suppressed");
            }
        }
        assertThat(counts).as("the sample has cells of every status").containsKeys(Reliability.values());
        // hand-checked: Landbouw has 8 respondents to the filtered question
        assertThat(DuckDb.single(result, "SELECT any_value(reliability_reason) FROM estimates WHERE variable = "
                + "'functies_verdwijnen_welke' AND domain_value = '01'")).isEqualTo("fewer than 10 respondents (n = 8)");
        // hand-checked: a zero among n >= 30 has the Clopper-Pearson interval [0, 1 - 0.025^(1/n)], under 30
        // points wide (11.6 at n = 30), and so is publishable unless its df are too few
        for (Map<String, Object> zero : DuckDb.query(result, "SELECT n_unweighted, ci_lower, ci_upper, reliability, "
                + "df FROM estimates WHERE estimate = 0 AND n_unweighted >= 30 AND df >= 8")) {
            long count = (Long) zero.get("n_unweighted");
            assertThat((Double) zero.get("ci_lower")).isEqualTo(0.0);
            assertThat((Double) zero.get("ci_upper")).isCloseTo(1 - Math.pow(0.025, 1.0 / count), within(1e-12));
            assertThat(zero.get("reliability")).isEqualTo("publishable");
        }
    }

    /** In the workbook every interval lies within [0, 100] around its percentage; indicative cells are italic. */
    @Test
    void everyShownIntervalLiesWithinZeroAndHundredAroundItsPercentage() throws Exception {
        int shown = 0;
        try (XSSFWorkbook workbook = write(spec, "intervals.xlsx", "nl")) {
            for (Question q : choiceQuestions()) {
                Sheet sheet = workbook.getSheet(q.sheet());
                List<String> codes = categories(q);
                List<String> domains = domains();
                for (int d = 0; d < domains.size(); d++) {
                    for (int i = 0; i < codes.size(); i++) {
                        Cell percent = sheet.getRow(row(d)).getCell(1 + 2 * i);
                        Cell interval = sheet.getRow(row(d)).getCell(2 + 2 * i);
                        if (percent.getCellType() == CellType.STRING) {
                            assertThat(interval.getStringCellValue()).isEqualTo(CellMarks.HIDDEN);
                            continue;
                        }
                        String[] bounds = interval.getStringCellValue().split(CellMarks.RANGE);
                        double low = Double.parseDouble(bounds[0].replace(',', '.'));
                        double high = Double.parseDouble(bounds[1].replace(',', '.'));
                        String where = q.sheet() + " " + domains.get(d) + " " + codes.get(i);
                        assertThat(low).as(where).isBetween(0.0, percent.getNumericCellValue());
                        assertThat(high).as(where).isBetween(percent.getNumericCellValue(), 100.0);
                        boolean indicative = reliability.get(q.name() + "|" + codes.get(i) + "|" + domains.get(d))
                                == Reliability.INDICATIVE;
                        assertThat(workbook.getFontAt(percent.getCellStyle().getFontIndex()).getItalic()).as(where)
                                .isEqualTo(indicative);
                        shown++;
                    }
                }
            }
        }
        assertThat(shown).isGreaterThan(500);
    }

    @Test
    void withTheDefaultMinimumTheTwoSmallSectorsOfTheFilteredQuestionAreHidden() throws Exception {
        try (XSSFWorkbook workbook = write(spec, "default.xlsx", "nl")) {
            Sheet sheet = workbook.getSheet("Welke functies verdwijnen");
            assertThat(text(sheet, 1, 0)).isEqualTo("Basis: werkgevers die 'Ja' antwoordden op de vraag: "
                    + "Verwacht u dat door AI de komende vijf jaar banen verdwijnen in uw vestiging?");
            assertThat(hiddenRows(sheet)).containsExactly("Landbouw",
                    "Overige dienstverlening, cultuur, sport, recreatie");
            assertThat(hiddenRows(workbook.getSheet("AI-gebruik"))).isEmpty();
        }
    }

    @Test
    void aSingleSmallRowHidesTheNextSmallestToo() throws Exception {
        try (XSSFWorkbook workbook = write(with(spec, 9, spec.codebook()), "min9.xlsx", "nl")) {
            // Landbouw has 8 respondents, Overige dienstverlening 9: the smallest of the others
            assertThat(hiddenRows(workbook.getSheet("Welke functies verdwijnen"))).containsExactly("Landbouw",
                    "Overige dienstverlening, cultuur, sport, recreatie");
            assertThat(n.get("functies_verdwijnen_welke|16")).isEqualTo(9L);
        }
    }

    /**
     * A numeric question's sheet, reopened: per row of the breakdown the total rounded to whole units and
     * its margin (half the Wald interval), the mean and the ratio with theirs, and n; rows with fewer than
     * 100 respondents hidden (with secondary suppression); no chart; the unit in the header.
     */
    @Test
    void aNumericSheetShowsTotalMeanRatioAndNPerRowAndHidesSmallRows() throws Exception {
        int min = 100;
        try (XSSFWorkbook workbook = write(with(spec, min, spec.codebook()), "numeric.xlsx", "nl")) {
            XSSFSheet sheet = workbook.getSheet("Banenverlies verwacht");
            assertThat(text(sheet, 0, 0)).startsWith("Hoeveel banen verwacht u");
            assertThat(text(sheet, QuestionSheet.HEADER_ROW, 1)).isEqualTo("Totaal (banen)");
            assertThat(text(sheet, QuestionSheet.HEADER_ROW, 5)).startsWith("banen per vacatures");
            assertThat(sheet.getDrawingPatriarch()).as("no chart").isNull();
            List<String> domains = domains();
            int hiddenRows = 0;
            for (int d = 0; d < domains.size(); d++) {
                Row row = sheet.getRow(row(d));
                String where = "domain_value = '" + domains.get(d) + "'";
                long respondents = (Long) DuckDb.single(result, "SELECT n_unweighted FROM estimates WHERE "
                        + "variable = 'banen_verlies_verwacht' AND statistic = 'total' AND " + where);
                if (row.getCell(7).getCellType() == CellType.STRING) {
                    hiddenRows++;
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(CellMarks.HIDDEN);
                    continue;
                }
                assertThat(respondents).as(domains.get(d)).isGreaterThanOrEqualTo(min);
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(respondents);
                int column = 1;
                for (String statistic : List.of("total", "mean", "ratio")) {
                    Map<String, Object> e = DuckDb.query(result, "SELECT estimate, ci_lower, ci_upper, reliability "
                            + "FROM estimates WHERE variable LIKE 'banen_verlies_verwacht%' AND statistic = '"
                            + statistic + "' AND " + where).get(0);
                    double estimate = (Double) e.get("estimate");
                    double margin = ((Double) e.get("ci_upper") - (Double) e.get("ci_lower")) / 2;
                    boolean whole = statistic.equals("total");
                    assertThat(row.getCell(column).getNumericCellValue()).as(statistic + " " + domains.get(d))
                            .isCloseTo(whole ? Math.round(estimate) : estimate, within(1e-9));
                    assertThat(row.getCell(column + 1).getNumericCellValue()).as(statistic + " margin")
                            .isCloseTo(whole ? Math.round(margin) : margin, within(1e-9));
                    assertThat(((org.apache.poi.xssf.usermodel.XSSFCellStyle) row.getCell(column).getCellStyle()).getFont().getItalic())
                            .isEqualTo(e.get("reliability").equals("indicative"));
                    column += 2;
                }
            }
            assertThat(hiddenRows).as("sectors below 100 respondents").isGreaterThan(0);
            List<String> listed = new ArrayList<>();
            workbook.getSheet("Toelichting").forEach(r -> listed.add(text(r.getSheet(), r.getRowNum(), 0)));
            assertThat(listed).as("the notes list the numeric sheets too").contains("Vacatures", "Banenverlies verwacht");
            assertThat(notes(sheet)).anyMatch(note -> note.contains("minder dan 100 respondenten"));
        }
    }

    @Test
    void eachQuestionSheetHasAChartFrozenHeadersAPrintAreaAndLandscape() throws Exception {
        try (XSSFWorkbook workbook = write(spec, "layout.xlsx", "nl")) {
            for (Question q : choiceQuestions()) {
                XSSFSheet sheet = workbook.getSheet(q.sheet());
                assertThat(sheet.getDrawingPatriarch().getCharts()).as(q.sheet()).hasSize(1);
                assertThat(sheet.getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
                        .isEqualTo(q.sheet());
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) FIRST);
                assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(workbook.getPrintArea(workbook.getSheetIndex(sheet))).isNotNull();
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(40 * 256);
            }
            Sheet notes = workbook.getSheet("Toelichting");
            List<String> texts = new ArrayList<>();
            notes.forEach(r -> r.forEach(c -> texts.add(c.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue())));
            assertThat(texts).contains("16 september 2024 tot en met 22 november 2024", "2306", "2221", "85",
                    "  telefonisch (CATI)", "  online (CAWI)", "Vestigingen van werkgevers in Nederland met ten minste 2 "
                    + "werknemers, naar sectorcluster en grootteklasse (aantallen uit het populatiebestand).", "48",
                    "401455", "1-1");
            Sheet weging = workbook.getSheet("Weging");
            assertThat(weging.getRow(4).getCell(0).getStringCellValue()).isEqualTo("01 Landbouw");
            assertThat(weging.getRow(4).getCell(1).getStringCellValue()).isEqualTo("2-19 werknemers");
            assertThat(weging.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(13410.0);
            assertThat(weging.getRow(4 + 48).getCell(0).getStringCellValue()).isEqualTo("Totaal");
            assertThat(weging.getRow(4 + 48).getCell(3).getNumericCellValue()).isEqualTo(2306.0);
        }
    }

    @Test
    void labelsThatLookLikeFormulasStayText() throws Exception {
        Map<String, Question> codebook = new LinkedHashMap<>(spec.codebook());
        Question q = codebook.get("banen_erbij");
        List<Level> levels = List.of(new Level("ja", "1", "=1+1", "=1+1"), new Level("nee", "2", "-bijna niets",
                "-hardly"), new Level("weet_niet", "9", "@geen idee", "+no idea"), new Level("anders", "8",
                "\tanders, namelijk", "\tother"));
        codebook.put(q.name(), new Question(q.name(), q.multiple(), "=SUM(A1:A9)", q.textEn(), q.askedOf(), levels,
                q.dontKnow(), q.derived(), q.sheet(), q.sheetEn()));
        try (XSSFWorkbook workbook = write(with(spec, 10, codebook), "formulas.xlsx", "nl")) {
            Sheet sheet = workbook.getSheet("Banen erbij");
            assertThat(sheet.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            Row header = sheet.getRow(QuestionSheet.HEADER_ROW);
            assertThat(List.of(header.getCell(1), header.getCell(3), header.getCell(5)))
                    .allMatch(c -> c.getCellType() == CellType.STRING)
                    .extracting(Cell::getStringCellValue).containsExactly("=1+1", "-bijna niets", "@geen idee");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("\tanders, namelijk");
            // marked as text (Excel's leading apostrophe), so editing the cell does not make it a formula
            assertThat(List.of(sheet.getRow(0).getCell(0), header.getCell(1), header.getCell(3), header.getCell(5),
                    header.getCell(7))).allMatch(c -> c.getCellStyle().getQuotePrefixed());
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).as("ordinary text").isFalse();
            workbook.forEach(s -> s.forEach(r -> r.forEach(c ->
                    assertThat(c.getCellType()).as(s.getSheetName() + " " + c.getAddress()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    @Test
    void theEnglishWorkbookUsesEnglishLabels() throws Exception {
        try (XSSFWorkbook workbook = write(spec, "english.xlsx", "en")) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).startsWith("Notes", "AI use", "Jobs disappear").endsWith("Functions that disappear",
                    "Vacancies", "Jobs expected lost", "Charts", "Weighting", "Weights");
            Sheet sheet = workbook.getSheet("Jobs disappear");
            assertThat(text(sheet, 0, 0)).isEqualTo(
                    "Do you expect AI to make jobs disappear in your establishment in the next five years?");
            assertThat(text(sheet, 1, 0)).isEqualTo("Base: all employers");
            assertThat(text(sheet, QuestionSheet.HEADER_ROW, 1)).isEqualTo("Yes");
            assertThat(text(sheet, QuestionSheet.HEADER_ROW + 1, 2)).isEqualTo("interval");
            assertThat(text(sheet, FIRST, 0)).isEqualTo("Total");
            assertThat(text(sheet, FIRST + 1, 0)).isEqualTo("Size class");
            assertThat(text(sheet, row(1), 0)).isEqualTo("2-19 employees");
            assertThat(text(sheet, row(3), 0)).isEqualTo("100 or more employees");
            assertThat(text(sheet, row(4) - 1, 0)).isEqualTo("Sector");
            assertThat(text(sheet, row(4), 0)).isEqualTo("Agriculture, forestry and fishing");
            assertThat(notes(sheet)).contains("Source: UWV Werkgeversonderzoek 2024");
            assertThat(text(workbook.getSheet("Functions that change"), 1, 0)).isEqualTo("Base: employers who "
                    + "answered 'Yes' to the question: Do you expect AI to change specific functions strongly?");
        }
    }

    @Test
    void theSampleWorkbookIsWrittenWellUnderTwoSeconds() {
        SummaryWorkbook.write(spec, result, project.resolve("out/warm.xlsx"), "nl");
        long start = System.nanoTime();
        SummaryWorkbook.write(spec, result, project.resolve("out/timed.xlsx"), "nl");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    }

    static String label(int domain) {
        if (domain == 0) {
            return "Totaal";
        }
        if (domain <= 3) {
            return SIZE_LABELS.get(domain - 1);
        }
        SectorCluster cluster = SectorClassification.uwvSector16().clusters().get(domain - 4);
        return cluster.nameNl();
    }

    /**
     * The sheet row of the {@code domain}-th table row (0 the total, 1-3 the size classes, 4-19 the
     * sectors): each breakdown starts below a heading row of its own.
     */
    static int row(int domain) {
        return FIRST + domain + (domain == 0 ? 0 : domain <= 3 ? 1 : 2);
    }

    static List<String> hiddenRows(Sheet sheet) {
        List<String> rows = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            int r = row(d);
            // a hidden row has x for its respondents too; a shown row may have single suppressed cells
            Row row = sheet.getRow(r);
            if (row.getCell(row.getLastCellNum() - 1).getCellType() == CellType.STRING) {
                rows.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
        }
        return rows;
    }

    static List<String> notes(Sheet sheet) {
        List<String> notes = new ArrayList<>();
        for (int r = row(19) + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null) {
                notes.add(row.getCell(0).getStringCellValue());
            }
        }
        return notes;
    }
}
