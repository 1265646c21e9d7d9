package nl.weegschaal.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the exports back against the job spec {@code jobs/wave-2024.yml} (plain SnakeYAML maps, not
 * the product's spec reader) and derives the strata from SBI code and employees with a mapping
 * written here from the cluster table of domain.md, independent of the generator's code lists.
 */
class WaveExportGeneratorTest {
    private static final double TOLERANCE = 0.015;
    private static final String[] SIZE_CLASSES = {"2-19", "20-99", "100+"};
    private static Spec spec;
    /** 200,000 valid respondents, 3.7% online, nothing planted: for the weighted figures. */
    private static Export large;
    /** The 2024-sized wave, with bad records planted. */
    private static GeneratedExports small;
    private static Export smallExport;

    @BeforeAll
    static void writeWaves(@TempDir Path dir) throws IOException {
        spec = Spec.read(Path.of("jobs/wave-2024.yml"));
        large = Export.read(new WaveExportGenerator(20240916L)
                .write(dir.resolve("large"), 200_000, WaveExportGenerator.DEFAULT_CAWI_SHARE, false));
        small = new WaveExportGenerator(2024).write(dir.resolve("small"), 2306, 0.037, true);
        smallExport = Export.read(small);
    }

    @Test
    void headersAndSheetFollowTheSpec() {
        assertThat(spec.variables.get("cati")).isEqualTo(spec.variables.get("cawi"));
        assertThat(smallExport.catiHeader).isEqualTo(spec.headers.get("cati"))
                .startsWith("RESPNR", "SBI2008", "WERKZAME_PERSONEN", "V601").endsWith("V609_7", "V610", "V611");
        assertThat(smallExport.cawiHeader).isEqualTo(spec.headers.get("cawi"));
        assertThat(smallExport.sheetName).isEqualTo("Antwoorden");
        assertThat(Files.exists(small.cati())).isTrue();
    }

    @Test
    void everyAnswerIsACodebookValueOrLabelExceptThePlantedOnes() {
        List<String> offCodebook = new ArrayList<>();
        for (Export export : List.of(smallExport, large)) {
            for (Rec rec : export.rows) {
                for (int c = 3; c < rec.cells.length; c++) {
                    String raw = rec.cells[c];
                    boolean number = spec.numeric.contains(spec.header(rec, c)) && raw.matches("\\d+");
                    if (!raw.isEmpty() && !number && !spec.decode.get(rec.file).get(c).containsKey(raw)) {
                        offCodebook.add(rec.file + ":" + rec.line + ":" + rec.id() + ":" + spec.header(rec, c) + "=" + raw);
                    }
                }
            }
        }
        assertThat(offCodebook).containsExactlyInAnyOrder(
                "cati:" + planted("V602").lineOrRow() + ":" + planted("V602").id() + ":V602=7",
                "cawi:" + planted("Misschien").lineOrRow() + ":" + planted("Misschien").id()
                        + ":Banen erbij door AI=Misschien");
    }

    @Test
    void countsAndIdsAddUpAndTheDuplicateIsTheOnlySharedId() {
        assertThat(small.catiRecords()).isEqualTo(smallExport.count("cati"));
        assertThat(small.cawiRecords()).isEqualTo(smallExport.count("cawi"));
        assertThat(small.planted()).hasSize(8);
        assertThat(small.catiRecords() + small.cawiRecords()).isEqualTo(2306 + small.planted().size());
        long plantedOnline = small.planted().stream().filter(p -> p.file().equals("cawi.xlsx")).count();
        assertThat(small.cawiRecords() - plantedOnline).isEqualTo(Math.round(2306 * 0.037));
        assertThat(large.count("cati")).isEqualTo(200_000 - 7400);
        assertThat(large.count("cawi")).isEqualTo(7400);

        Map<String, Long> ids = smallExport.rows.stream().collect(Collectors.groupingBy(Rec::id, Collectors.counting()));
        assertThat(ids.keySet()).allMatch(id -> id.matches("V\\d{7}"));
        assertThat(ids.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .containsExactly(planted("same establishment").id());
        List<String> catiIds = smallExport.rows.stream().filter(r -> r.file.equals("cati")).map(Rec::id).toList();
        assertThat(catiIds).as("random order").isNotEqualTo(catiIds.stream().sorted().toList());
        assertThat(large.rows.stream().map(Rec::id).distinct().count()).isEqualTo(200_000);
    }

    @Test
    void validRecordsPlaceInExactlyTheAllocatedStrata() throws IOException {
        for (Export export : List.of(smallExport, large)) {
            int size = export == large ? 200_000 : 2306;
            int[] allocation = SampleAllocation.allocate(size);
            Map<String, Integer> expected = new TreeMap<>();
            for (int h = 0; h < allocation.length; h++) {
                expected.put(SyntheticFrame.sectorCode(SyntheticFrame.sectorOf(h)) + "|"
                        + SIZE_CLASSES[SyntheticFrame.sizeClassOf(h)], allocation[h]);
            }
            assertThat(export.sampled).isEqualTo(expected);
            assertThat(export.frame.keySet()).isEqualTo(expected.keySet());
        }
        for (Rec rec : large.rows) {
            String sbi = rec.cells[1];
            assertThat(sbi).doesNotStartWith("78");
            if (sbi.startsWith("87") || sbi.startsWith("88")) {
                assertThat(sbi).as("health care / social work needs 5 digits").hasSize(5);
            }
        }
        assertThat(large.rows.stream().map(r -> r.cells[1].length()).distinct()).containsOnly(4, 5);
        assertThat(large.sbiCellTypes).containsExactlyInAnyOrder(CellType.NUMERIC, CellType.STRING);
        assertThat(large.employeeCellTypes).containsExactly(CellType.NUMERIC);
        int maxEmployees = large.rows.stream().mapToInt(r -> Integer.parseInt(r.cells[2])).max().orElseThrow();
        assertThat(maxEmployees).isBetween(1000, 5000);
        Path reference = Files.createTempDirectory("reference");
        GeneratedWave wave = new SyntheticWaveGenerator(1).write(reference, 2306);
        assertThat(Files.readAllBytes(small.frame())).isEqualTo(Files.readAllBytes(wave.frame()));
    }

    @Test
    void sameSeedSameExportsAndPlantingLeavesTheValidRecordsAlone(@TempDir Path dir) throws IOException {
        GeneratedExports again = new WaveExportGenerator(2024).write(dir.resolve("a"), 2306, 0.037, true);
        GeneratedExports clean = new WaveExportGenerator(2024).write(dir.resolve("b"), 2306, 0.037, false);
        GeneratedExports other = new WaveExportGenerator(2025).write(dir.resolve("c"), 2306, 0.037, true);
        assertThat(Files.readAllBytes(again.cati())).isEqualTo(Files.readAllBytes(small.cati()));
        assertThat(Files.readAllBytes(again.frame())).isEqualTo(Files.readAllBytes(small.frame()));
        assertThat(Export.read(again).cells()).isEqualTo(smallExport.cells());
        assertThat(again.planted()).isEqualTo(small.planted());
        assertThat(Files.readAllBytes(other.cati())).isNotEqualTo(Files.readAllBytes(small.cati()));

        Set<String> plantedKeys = small.planted().stream().map(p -> p.file().substring(0, 4) + ":" + p.lineOrRow())
                .collect(Collectors.toSet());
        List<List<String>> withoutPlanted = smallExport.rows.stream()
                .filter(r -> !plantedKeys.contains(r.file + ":" + r.line)).map(r -> List.of(r.cells)).toList();
        assertThat(clean.planted()).isEmpty();
        assertThat(Export.read(clean).rows.stream().map(r -> List.of(r.cells)).toList()).isEqualTo(withoutPlanted);
    }

    @Test
    void followUpsAreAskedOnlyAfterJaAndThenHaveATick() {
        for (Export export : List.of(smallExport, large)) {
            for (Rec rec : export.rows) {
                checkRouting(rec, "functies_veranderen_sterk", "functies_veranderen_welke");
                checkRouting(rec, "banen_verdwijnen", "functies_verdwijnen_welke");
            }
        }
        long empty = 0;
        long cells = 0;
        for (Rec rec : large.rows) {
            for (int c = 3; c < 10; c++) {
                empty += rec.cells[c].isEmpty() || "".equals(spec.code(rec, c)) ? 1 : 0;
                cells++;
            }
        }
        assertThat((double) empty / cells).as("item nonresponse (an empty cell or 9, geen antwoord)")
                .isBetween(0.004, 0.006);
    }

    private static void checkRouting(Rec rec, String routing, String question) {
        boolean asked = "ja".equals(spec.code(rec, spec.index(routing)));
        List<String> options = IntStream.range(0, rec.cells.length)
                .filter(c -> spec.variables.get("cati").get(c).startsWith(question + "."))
                .mapToObj(c -> rec.cells[c].isEmpty() ? "" : spec.code(rec, c)).toList();
        assertThat(options).as(rec.file + " line " + rec.line).hasSize(7)
                .allMatch(o -> asked ? !o.isEmpty() : o.isEmpty());
        assertThat(options.contains("ticked")).as(rec.file + " line " + rec.line).isEqualTo(asked);
    }

    @Test
    void plantedRecordsAreAtTheReportedLinesAndRows() {
        assertThat(small.planted()).isSortedAccordingTo(
                Comparator.comparing(PlantedRecord::file).thenComparingLong(PlantedRecord::lineOrRow));
        for (PlantedRecord p : small.planted()) {
            Rec rec = smallExport.at(p.file().substring(0, 4), p.lineOrRow());
            assertThat(rec.id()).as(p.toString()).isEqualTo(p.id());
        }
        assertThat(plantedCells("8300")[1]).isEqualTo("8300");
        assertThat(plantedCells("7820")[1]).isEqualTo("7820");
        assertThat(plantedCells("WERKZAME_PERSONEN")[2]).isEmpty();
        assertThat(plantedCells("Aantal werkzame personen")[2]).isEmpty();
        assertThat(plantedCells("V602")[spec.index("banen_verdwijnen")]).isEqualTo("7");
        assertThat(plantedCells("onbekend")[1]).isEqualTo("onbekend");
        assertThat(plantedCells("Misschien")[spec.index("banen_erbij")]).isEqualTo("Misschien");
        PlantedRecord duplicate = planted("same establishment");
        assertThat(duplicate.file()).isEqualTo("cawi.xlsx");
        long catiLine = Long.parseLong(duplicate.problem().replaceAll("\\D+(\\d+)\\D+", "$1"));
        Rec original = smallExport.at("cati", catiLine);
        assertThat(original.id()).isEqualTo(duplicate.id());
        assertThat(plantedCells("same establishment")[1]).isEqualTo(original.cells[1]);
        assertThat(cluster("8300")).isZero();
        assertThat(cluster("7820")).isZero();
    }

    @Test
    void weightedFiguresTellThePublishedStory() {
        IntPredicate all = c -> true;
        Set<String> used = Set.of("zeer_hoge_mate", "hoge_mate", "redelijke_mate");
        assertThat(large.share("banen_erbij", Set.of("ja"), all)).isCloseTo(0.14, within(TOLERANCE));
        assertThat(large.share("banen_erbij", Set.of("ja"), c -> c == 2)).isCloseTo(0.35, within(TOLERANCE));
        assertThat(large.share("banen_verdwijnen", Set.of("ja"), all)).isCloseTo(0.06, within(TOLERANCE));
        assertThat(large.share("banen_verdwijnen", Set.of("ja"), c -> c == 2)).isCloseTo(0.18, within(TOLERANCE));
        assertThat(large.share("functies_veranderen_sterk", Set.of("ja"), all)).isCloseTo(0.23, within(TOLERANCE));
        assertThat(large.share("ai_gebruik", Set.of("helemaal_niet"), all)).isCloseTo(0.60, within(TOLERANCE));
        assertThat(large.share("ai_gebruik", used, c -> c == 0)).isCloseTo(0.15, within(TOLERANCE));
        assertThat(large.share("ai_gebruik", used, c -> c == 2)).isCloseTo(0.37, within(TOLERANCE));
        assertThat(ranking("functies_veranderen_welke")).startsWith("administratief", "sales_verkoop", "ict");
        assertThat(ranking("functies_verdwijnen_welke")).startsWith("administratief", "sales_verkoop",
                "planning_werkvoorbereiding", "klantenservice", "productie");
    }

    @Test
    void rejectsImpossibleArguments(@TempDir Path dir) {
        WaveExportGenerator generator = new WaveExportGenerator(1);
        assertThatThrownBy(() -> generator.write(dir, 95, 0.04, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.write(dir, 500, 1.5, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.write(dir, 500, Double.NaN, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMillionRespondentsIsQuick(@TempDir Path dir) throws IOException {
        long start = System.nanoTime();
        GeneratedExports million = new WaveExportGenerator(7).write(dir, 1_000_000, 0.04, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("1,000,000 respondents written in %.1f s%n", seconds);
        assertThat(million.catiRecords() + million.cawiRecords()).isEqualTo(1_000_008);
        try (var lines = Files.lines(million.cati())) {
            assertThat(lines.count()).isEqualTo(1L + 960_000 + 4);
        }
        assertThat(million.cawiRecords()).isEqualTo(40_000 + 4);
        assertThat(seconds).isLessThan(30);
    }

    /** Options of a multiple-response question by weighted share of mentions, most mentioned first. */
    private static List<String> ranking(String question) {
        Map<String, Double> shares = new HashMap<>();
        for (String variable : spec.variables.get("cati")) {
            if (variable.startsWith(question + ".")) {
                shares.put(variable.substring(question.length() + 1), large.share(variable, Set.of("ticked"), c -> true));
            }
        }
        return shares.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static PlantedRecord planted(String problemPart) {
        return small.planted().stream().filter(p -> p.problem().contains(problemPart)).findFirst().orElseThrow();
    }

    private static String[] plantedCells(String problemPart) {
        PlantedRecord p = planted(problemPart);
        return smallExport.at(p.file().substring(0, 4), p.lineOrRow()).cells;
    }

    /** Sector cluster 1..16 per the domain.md table, 0 if the code places nowhere. */
    static int cluster(String sbi) {
        if (!sbi.matches("\\d{4,5}")) {
            return 0;
        }
        int d = Integer.parseInt(sbi.substring(0, 2));
        int g = Integer.parseInt(sbi.substring(0, 3));
        if (d == 86 || g == 871 || g == 872 || g == 873 || sbi.equals("88101") || sbi.equals("88103")) {
            return 14;
        }
        if (g == 879 || g == 889 || sbi.equals("88102")) {
            return 15;
        }
        int[][] ranges = {{1, 3, 1}, {5, 39, 2}, {41, 43, 3}, {46, 46, 4}, {45, 45, 5}, {47, 47, 5}, {49, 53, 6},
            {55, 56, 7}, {58, 63, 8}, {64, 66, 9}, {68, 68, 10}, {77, 77, 10}, {79, 82, 10}, {69, 75, 11},
            {84, 84, 12}, {85, 85, 13}, {90, 96, 16}};
        for (int[] r : ranges) {
            if (d >= r[0] && d <= r[1]) {
                return r[2];
            }
        }
        return 0;
    }

    /** Size class 0, 1, 2 for 2-19, 20-99, 100+; -1 if missing or below 2. */
    static int sizeClassOf(String employees) {
        if (!employees.matches("\\d+")) {
            return -1;
        }
        long n = Long.parseLong(employees);
        return n < 2 ? -1 : n < 20 ? 0 : n < 100 ? 1 : 2;
    }

    /**
     * One data record: file ("cati"/"cawi"), line or sheet row (header = 1), cells in spec order, and
     * the stratum derived from them, like {@code 14|100+} (null if it cannot be derived).
     */
    record Rec(String file, long line, String[] cells, String stratum, int sizeClass) {
        static Rec of(String file, long line, String[] cells) {
            int cluster = cluster(cells[1]);
            int size = sizeClassOf(cells[2]);
            String stratum = cluster == 0 || size < 0 ? null : String.format("%02d|%s", cluster, SIZE_CLASSES[size]);
            return new Rec(file, line, cells, stratum, size);
        }

        String id() {
            return cells[0];
        }
    }

    /** The spec's columns per input and, per column, the raw cell values that decode to a codebook code. */
    static final class Spec {
        final Map<String, List<String>> variables = new HashMap<>();
        final Map<String, List<String>> headers = new HashMap<>();
        final Map<String, List<Map<String, String>>> decode = new HashMap<>();
        /** The export columns of numeric questions, whose cells are numbers. */
        final Set<String> numeric = new java.util.HashSet<>();

        @SuppressWarnings("unchecked")
        static Spec read(Path path) throws IOException {
            Map<String, Object> root;
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                root = new Yaml().load(reader);
            }
            Map<String, Object> codebook = (Map<String, Object>) root.get("codebook");
            Spec spec = new Spec();
            for (Map<String, Object> input : (List<Map<String, Object>>) root.get("inputs")) {
                String name = (String) input.get("name");
                Map<String, String> columns = (Map<String, String>) input.get("columns");
                boolean codes = "codes".equals(input.get("answers"));
                List<Map<String, String>> decoders = new ArrayList<>();
                for (String variable : columns.keySet()) {
                    Map<String, String> decoder = new HashMap<>();
                    int dot = variable.indexOf('.');
                    Map<String, Object> question = (Map<String, Object>) codebook.get(dot < 0 ? variable
                            : variable.substring(0, dot));
                    if (question != null && dot >= 0) {
                        assertThat(question.get("type")).isEqualTo("multiple");
                        ((List<String>) input.get("ticked")).forEach(t -> decoder.put(t, "ticked"));
                        ((List<String>) input.get("not_ticked")).forEach(t -> decoder.put(t, "not_ticked"));
                    } else if (question != null && "numeric".equals(question.get("type"))) {
                        // a number, or one of the question's own values for no answer (99999, Weet niet)
                        spec.numeric.add(columns.get(variable));
                        ((List<String>) question.getOrDefault("missing", List.of())).forEach(m -> decoder.put(m, ""));
                    } else if (question != null) {
                        for (Map<String, Object> level : (List<Map<String, Object>>) question.get("levels")) {
                            decoder.put(String.valueOf(level.get(codes ? "value" : "nl")), (String) level.get("code"));
                        }
                        // a value that means no answer decodes to "": item nonresponse, like an empty cell
                        ((List<String>) input.getOrDefault("missing", List.of())).forEach(m -> decoder.put(m, ""));
                    }
                    decoders.add(decoder);
                }
                spec.variables.put(name, List.copyOf(columns.keySet()));
                spec.headers.put(name, List.copyOf(columns.values()));
                spec.decode.put(name, decoders);
            }
            return spec;
        }

        int index(String variable) {
            return variables.get("cati").indexOf(variable);
        }

        String header(Rec rec, int column) {
            return headers.get(rec.file).get(column);
        }

        /** The codebook code of a cell ("ticked"/"not_ticked" for options), null if empty or unknown. */
        String code(Rec rec, int column) {
            return decode.get(rec.file).get(column).get(rec.cells[column]);
        }
    }

    /** Both exports and the frame read back, with n_h counted from the strata derived here. */
    static final class Export {
        List<String> catiHeader;
        List<String> cawiHeader;
        String sheetName;
        final List<Rec> rows = new ArrayList<>();
        final Map<String, Long> frame = new TreeMap<>();
        final Map<String, Integer> sampled = new TreeMap<>();
        final Set<CellType> sbiCellTypes = EnumSet.noneOf(CellType.class);
        final Set<CellType> employeeCellTypes = EnumSet.noneOf(CellType.class);
        private final Map<String, Rec> byLine = new HashMap<>();
        private final Set<String> planted = new java.util.HashSet<>();

        static Export read(GeneratedExports generated) throws IOException {
            Export export = new Export();
            generated.planted().forEach(p -> export.planted.add(p.file().substring(0, 4) + ":" + p.lineOrRow()));
            List<String> lines = Files.readAllLines(generated.cati(), StandardCharsets.UTF_8);
            export.catiHeader = List.of(lines.get(0).split(";", -1));
            for (int i = 1; i < lines.size(); i++) {
                export.add(Rec.of("cati", i + 1, lines.get(i).split(";", -1)));
            }
            DataFormatter formatter = new DataFormatter();
            try (InputStream in = Files.newInputStream(generated.cawi()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
                Sheet sheet = workbook.getSheetAt(0);
                export.sheetName = sheet.getSheetName();
                int width = sheet.getRow(0).getLastCellNum();
                export.cawiHeader = IntStream.range(0, width)
                        .mapToObj(c -> sheet.getRow(0).getCell(c).getStringCellValue()).toList();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String[] cells = new String[width];
                    for (int c = 0; c < width; c++) {
                        cells[c] = formatter.formatCellValue(row.getCell(c));
                    }
                    export.cellType(row.getCell(1), export.sbiCellTypes);
                    export.cellType(row.getCell(2), export.employeeCellTypes);
                    export.add(Rec.of("cawi", r + 1, cells));
                }
            }
            for (String line : Files.readAllLines(generated.frame()).subList(1, 49)) {
                String[] f = line.split(",");
                export.frame.put(f[0] + "|" + f[1], Long.parseLong(f[2]));
            }
            return export;
        }

        private void cellType(Cell cell, Set<CellType> types) {
            if (cell != null) {
                types.add(cell.getCellType());
            }
        }

        private void add(Rec rec) {
            rows.add(rec);
            byLine.put(rec.file + ":" + rec.line, rec);
            String stratum = rec.stratum();
            if (stratum != null && !planted.contains(rec.file + ":" + rec.line)) {
                sampled.merge(stratum, 1, Integer::sum);
            }
        }

        Rec at(String file, long line) {
            return byLine.get(file + ":" + line);
        }

        int count(String file) {
            return (int) rows.stream().filter(r -> r.file.equals(file)).count();
        }

        List<List<String>> cells() {
            return rows.stream().map(r -> List.of(r.cells)).toList();
        }

        /** Weighted (N_h/n_h) share of the codes among non-empty answers in the size classes selected. */
        double share(String variable, Set<String> codes, IntPredicate sizeClasses) {
            int column = spec.index(variable);
            double numerator = 0;
            double denominator = 0;
            for (Rec rec : rows) {
                String code = spec.code(rec, column);
                String stratum = rec.stratum();
                if (code == null || stratum == null || !sizeClasses.test(rec.sizeClass())) {
                    continue;
                }
                double weight = (double) frame.get(stratum) / sampled.get(stratum);
                denominator += weight;
                numerator += codes.contains(code) ? weight : 0;
            }
            return numerator / denominator;
        }
    }
}
