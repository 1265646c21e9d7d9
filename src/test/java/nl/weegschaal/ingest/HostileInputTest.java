package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken exports, run through the whole wave job on a copy of the sample wave with one
 * export replaced by a file of the corpus under src/test/resources/hostile/. A broken file ends in one
 * named line on standard error (file, line or sheet row, what is wrong) and exit 1, with no stack trace,
 * no result file written and an earlier result left byte for byte as it was; a file whose records alone
 * are bad ends in rejects with their reasons. The corpus's README is its manifest: the rows it marks
 * {@code manifest} are run from it by {@code fileErrors}, the others have their own test here. The
 * corpus was written once by {@link HostileCorpusWriter}; nothing here rebuilds it. The two inputs too
 * large for the corpus are built here from the sample export. A spec whose path leads out of its root
 * ends the same way, before anything is read.
 */
class HostileInputTest {
    private static final byte[] EARLIER_RESULT = "an earlier result that a failed run must not touch"
            .getBytes(StandardCharsets.US_ASCII);
    /** Records and rows in the corpus's cut exports (header not counted). */
    private static final int CORPUS_CATI_RECORDS = HostileCorpusWriter.CATI_RECORDS;
    private static final int CORPUS_CAWI_ROWS = HostileCorpusWriter.CAWI_ROWS;
    /** A WARN or ERROR line of the logging pattern (logback-spring.xml), as POI printed before the error line. */
    private static final Pattern LOGGED_PROBLEM = Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} +(WARN|ERROR) ");

    @TempDir
    Path project;
    Path spec;
    Path cati;
    Path cawi;
    Path result;
    Path workbook;

    @BeforeEach
    void copySampleWave() throws Exception {
        spec = nl.weegschaal.testing.SampleProject.copyTo(project);
        // the corpus's exports were cut from the sample wave before it had numeric questions
        nl.weegschaal.testing.SampleProject.withoutNumericQuestions(spec);
        Path data = project.resolve("sample-data/wave-2024");
        cati = data.resolve("cati.csv");
        cawi = data.resolve("cawi.xlsx");
        result = project.resolve("out/wave-2024.duckdb");
        workbook = project.resolve("out/wave-2024.xlsx");
    }

    // ---------------------------------------------------------------- running and checking

    /** A run of the wave job with everything printed on System.out / System.err captured too (logging). */
    record Outcome(int exitCode, String out, String err, String console) {
    }

    Outcome run() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            CliRun run = CliRun.of(project.resolve("home"), "run", spec.toString());
            return new Outcome(run.exitCode(), run.out(), run.err(), console.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Writes an earlier result, runs, and checks the run failed with one named line and left the result alone. */
    String failsWithNamedError(String... fragments) throws Exception {
        Files.createDirectories(result.getParent());
        Files.write(result, EARLIER_RESULT);
        Files.write(workbook, EARLIER_RESULT);
        Outcome run = run();
        assertThat(run.exitCode()).as(run.err() + run.console()).isEqualTo(ExitCodes.INPUT_ERROR);
        String message = run.err().strip();
        assertThat(message).as("one line").doesNotContain("\n").doesNotContain("\r").startsWith("weegschaal: error: ");
        assertThat(message).contains(fragments);
        assertThat(message.length()).as("a readable message").isLessThan(1200);
        assertThat(run.err() + run.console()).as("no stack trace").doesNotContain("\tat ", "Exception in thread",
                "internal error");
        assertThat(run.console()).as("no logger noise before the error line").doesNotContainPattern(LOGGED_PROBLEM);
        assertThat(Files.readAllBytes(result)).as("the earlier result is untouched").isEqualTo(EARLIER_RESULT);
        assertThat(Files.readAllBytes(workbook)).as("the earlier workbook is untouched").isEqualTo(EARLIER_RESULT);
        try (Stream<Path> files = Files.list(result.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary or partial result beside it").noneMatch(name -> name.contains(".tmp-"));
        }
        return message;
    }

    /** Runs without an earlier result and checks it completed; returns the summary. */
    String succeeds() throws Exception {
        Outcome run = run();
        assertThat(run.exitCode()).as(run.err() + run.console()).isEqualTo(ExitCodes.OK);
        assertThat(run.err() + run.console()).doesNotContain("\tat ", "Exception");
        assertThat(result).isNotEmptyFile();
        return run.out();
    }

    List<Map<String, Object>> query(String sql) throws Exception {
        return DuckDb.query(result, sql);
    }

    /**
     * A corpus file is a dozen records, so one reject among them is above the export's default limit
     * (the wave's 5%); the cases here are about how a record is rejected, not about the limit.
     */
    void allowRejectsIn(String input) throws Exception {
        editSpec("  - name: " + input + "\n", "  - name: " + input + "\n    max_reject_share: 0.5\n");
    }

    void editSpec(String from, String to) throws Exception {
        String text = Files.readString(spec);
        assertThat(text).contains(from);
        Files.writeString(spec, text.replace(from, to));
    }

    /** The sample CATI export's lines, without their line ends. */
    static List<String> sampleCatiLines() throws Exception {
        return new ArrayList<>(Files.readAllLines(Path.of("sample-data/wave-2024/cati.csv"), StandardCharsets.UTF_8));
    }

    void writeCati(List<String> lines) throws Exception {
        Files.writeString(cati, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- the corpus and its manifest

    static final Path CORPUS = Path.of("src/test/resources/hostile");

    /** One row of a table in the corpus's README: a file, what is hostile about it, what it must give, and its test. */
    record ManifestRow(String family, String file, String hostile, String outcome, String test) {
        /** The backquoted fragments of the expected outcome. */
        String[] fragments() {
            List<String> fragments = new ArrayList<>();
            Matcher quoted = Pattern.compile("`([^`]*)`").matcher(outcome);
            while (quoted.find()) {
                fragments.add(quoted.group(1));
            }
            return fragments.toArray(String[]::new);
        }
    }

    /** The rows of the README's tables of files, in the sections "## CSV" (family csv) and "## XLSX" (xlsx). */
    static List<ManifestRow> manifest() throws Exception {
        List<ManifestRow> rows = new ArrayList<>();
        String family = null;
        for (String line : Files.readAllLines(CORPUS.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                family = line.startsWith("## CSV") ? "csv" : line.startsWith("## XLSX") ? "xlsx" : null;
            } else if (family != null && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                assertThat(cells).as(line).hasSize(5);
                rows.add(new ManifestRow(family, cells[1].strip().replace("`", ""), cells[2].strip(), cells[3].strip(),
                        cells[4].strip()));
            }
        }
        return rows;
    }

    /** The manifest's rows checked by the data-driven test alone: files that must end in one named error. */
    static Stream<Arguments> fileErrors(String family) throws Exception {
        return manifest().stream().filter(row -> row.family().equals(family) && row.test().equals("manifest"))
                .map(row -> {
                    assertThat(row.outcome()).as(row.file()).startsWith("exit 1: ");
                    assertThat(row.fragments()).as(row.file()).isNotEmpty();
                    return Arguments.of(row.file(), row.fragments());
                });
    }

    static Stream<Arguments> csvFileErrors() throws Exception {
        return fileErrors("csv");
    }

    static Stream<Arguments> xlsxFileErrors() throws Exception {
        return fileErrors("xlsx");
    }

    static Path corpusFile(String family, String name) {
        return CORPUS.resolve(family).resolve(name);
    }

    @Test
    void theManifestListsEveryFileOfTheCorpusAndNoOther() throws Exception {
        List<ManifestRow> rows = manifest();
        for (String family : List.of("csv", "xlsx")) {
            try (Stream<Path> files = Files.list(CORPUS.resolve(family))) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("the files of " + family + "/ are those in the README's table")
                        .containsExactlyInAnyOrderElementsOf(rows.stream().filter(r -> r.family().equals(family))
                                .map(ManifestRow::file).toList());
            }
        }
        assertThat(rows.stream().map(ManifestRow::test).filter(test -> !test.equals("manifest")))
                .as("every row not run from the manifest names its own test").allSatisfy(test -> assertThat(
                        Arrays.stream(HostileInputTest.Csv.class.getDeclaredMethods()).map(m -> m.getName()).toList()
                                .contains(test) || Arrays.stream(HostileInputTest.Xlsx.class.getDeclaredMethods())
                                .map(m -> m.getName()).toList().contains(test)).as(test).isTrue());
        try (Stream<Path> all = Files.walk(CORPUS)) {
            assertThat(all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum())
                    .as("the corpus stays small").isLessThan(512 * 1024);
        }
    }

    // ---------------------------------------------------------------- CSV

    @Nested
    class Csv {
        void useCati(String name) throws Exception {
            Files.copy(corpusFile("csv", name), cati, StandardCopyOption.REPLACE_EXISTING);
            allowRejectsIn("cati");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("nl.weegschaal.ingest.HostileInputTest#csvFileErrors")
        void fileErrors(String file, String[] fragments) throws Exception {
            useCati(file);
            failsWithNamedError(fragments);
        }

        @Test
        void aQuoteInsideAnUnquotedFieldIsAReject() throws Exception {
            // RFC 4180 lets a quote stand inside an unquoted field: the value 1"2 is a reject, not a file error
            useCati("quote-inside-unquoted-field.csv");
            succeeds();
            assertThat(query("SELECT field, value, reason FROM rejects WHERE source = 'cati.csv' AND line = 8"))
                    .containsExactly(Map.of("field", "ai_gebruik (V601)", "value", "1\"2",
                            "reason", "not an answer of the codebook for ai_gebruik nor a value for no answer [9]"));
        }

        @Test
        void aRaggedRowWithALineBreakOrNulInAQuotedFieldIsNamedOnOneLine() throws Exception {
            // the record shown in the message used to carry the line break (and NUL) as they were
            useCati("ragged-row-quoted-newline-nul.csv");
            String message = failsWithNamedError("cati.csv line 10", "the record has 23 fields but the header has 24");
            assertThat(message).contains("1\\n\\u0000 2").doesNotContain("\0");
        }

        @Test
        void windows1252TextInAFileDeclaredUtf8IsNamedAndTheEncodingKeyIsHonoured() throws Exception {
            useCati("windows-1252.csv");
            failsWithNamedError("cati.csv line 4: the file is not valid UTF-8", "encoding");

            editSpec("encoding: UTF-8", "encoding: windows-1252");
            Files.delete(result);
            Files.delete(workbook);
            succeeds();
            assertThat(query("SELECT id FROM responses WHERE mode = 'CATI' ORDER BY line"))
                    .extracting(r -> r.get("id")).containsExactly("V0001031", "V0001159", "V0001651-é", "V0000716");
        }

        @Test
        void windows1252LateInTheFileNamesTheLineOfTheBadByte() throws Exception {
            // built here, not in the corpus: the bad byte must lie past the decoder's read-ahead and the 64 KB
            // the line finder reads at a time, so this is the whole sample (~100 KB) with one byte changed
            // the whole sample export, with its numeric questions' columns: the full spec, whose last field is read
            Files.copy(Path.of("jobs/wave-2024.yml"), spec, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> lines = sampleCatiLines();
            lines.set(1999, lines.get(1999) + "\u00e9"); // extra text in the last field of line 2000
            byte[] utf8 = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(cati, new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1252")));
            failsWithNamedError("cati.csv line 2000", "not valid UTF-8");
        }

        @Test
        void aByteOrderMarkIsSkipped() throws Exception {
            useCati("bom.csv");
            assertThat(succeeds()).contains("records read from cati     " + CORPUS_CATI_RECORDS);
            assertThat(query("SELECT count(*) AS n FROM responses WHERE mode = 'CATI'").get(0).get("n"))
                    .isEqualTo((long) CORPUS_CATI_RECORDS);
            assertThat(query("SELECT id FROM responses WHERE mode = 'CATI' ORDER BY line LIMIT 1").get(0).get("id"))
                    .as("the first id without the BOM").isEqualTo("V0001031");
        }

        @Test
        void mixedCrlfAndLfLineEndsKeepRecordsAndLineNumbers() throws Exception {
            useCati("crlf-lf-mixed.csv");
            assertThat(succeeds()).contains("records read from cati     " + (CORPUS_CATI_RECORDS + 1));
            assertThat(query("SELECT count(*) AS n FROM responses WHERE mode = 'CATI'").get(0).get("n"))
                    .as("all but the record of line 14, rejected").isEqualTo((long) CORPUS_CATI_RECORDS);
            assertThat(query("SELECT count(*) AS n FROM responses WHERE id LIKE '%\r%' OR sbi LIKE '%\r%'"
                    + " OR \"functies_verdwijnen_welke.overig\" LIKE '%\r%'").get(0).get("n")).isEqualTo(0L);
            assertThat(query("SELECT line, value FROM rejects WHERE source = 'cati.csv' AND field LIKE 'banen_verdwijnen%'"))
                    .containsExactly(Map.of("line", 14L, "value", "7"));
        }

        @Test
        void aVeryLargeSingleFieldIsARejectWithoutTheWholeValue() throws Exception {
            // built here, not in the corpus: 20 MB is no file to commit
            int size = 20 * 1024 * 1024;
            List<String> lines = sampleCatiLines();
            String line = lines.get(99);
            String[] fields = line.split(";", -1);
            fields[4] = "x".repeat(size); // V602, banen_verdwijnen
            lines.set(99, String.join(";", fields));
            writeCati(lines);
            assertThat(Files.size(cati)).isGreaterThan(size);
            succeeds();
            List<Map<String, Object>> rejects = query("SELECT line, field, length(value) AS length, reason FROM rejects "
                    + "WHERE source = 'cati.csv' AND line = 100");
            assertThat(rejects).hasSize(1);
            assertThat(rejects.get(0)).containsEntry("field", "banen_verdwijnen (V602)")
                    .containsEntry("reason", "not an answer of the codebook for banen_verdwijnen nor a value for no answer [9]");
            // the reject keeps the start of the value and its length, not 20 MB (the result stays small)
            assertThat((Long) rejects.get(0).get("length")).isLessThan(1100L);
            assertThat(query("SELECT value FROM rejects WHERE source = 'cati.csv' AND line = 100").get(0).get("value"))
                    .asString().startsWith("xxxx").endsWith("... (" + size + " characters)");
            assertThat(Files.size(result)).isLessThan(10L * 1024 * 1024);
        }
    }

    // ---------------------------------------------------------------- XLSX

    @Nested
    class Xlsx {
        void useCawi(String name) throws Exception {
            Files.copy(corpusFile("xlsx", name), cawi, StandardCopyOption.REPLACE_EXISTING);
            allowRejectsIn("cawi");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("nl.weegschaal.ingest.HostileInputTest#xlsxFileErrors")
        void fileErrors(String file, String[] fragments) throws Exception {
            useCawi(file);
            failsWithNamedError(fragments);
        }

        @Test
        void formulasInAnswerCellsGiveTheirCachedValueAndAreNeverEvaluated() throws Exception {
            // row 2: Gebruik van AI = "Helemaal niet" (cached In hoge mate), SBI-code = 1+1 (cached 8559)
            useCawi("formula-cached-values.xlsx");
            succeeds();
            assertThat(query("SELECT ai_gebruik, sbi FROM responses WHERE id = 'V0001636'"))
                    .containsExactly(Map.of("ai_gebruik", "hoge_mate", "sbi", "8559"));
        }

        @Test
        void aFormulaWithoutACachedValueIsAnEmptyCell() throws Exception {
            // row 3: Banen erbij door AI = "Ja", never calculated: no cached value in the file
            useCawi("formula-without-cached-value.xlsx");
            succeeds();
            assertThat(query("SELECT banen_erbij FROM responses WHERE id = 'V0001454'"))
                    .hasSize(1).allSatisfy(r -> assertThat(r.get("banen_erbij")).isNull()); // item nonresponse
        }

        @Test
        void anSbiCodeAndEmployeesStoredAsNumbersReadAsWholeNumbers() throws Exception {
            // row 4: SBI-code 4711 and employees 12 as number cells formatted 0.0
            useCawi("numbers-where-text-expected.xlsx");
            succeeds();
            assertThat(query("SELECT sbi, employees, sector_cluster, size_class FROM responses WHERE id = 'V0001140'"))
                    .containsExactly(Map.of("sbi", "4711", "employees", "12", "sector_cluster", "05",
                            "size_class", "2-19"));
        }

        @Test
        void mergedCellsInAnswersLeaveTheCoveredCellsEmpty() throws Exception {
            // row 5: E5:F5 merged, Nee in E5
            useCawi("merged-answer-cells.xlsx");
            Outcome run = run();
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(query("SELECT banen_verdwijnen FROM responses WHERE id = 'V0001649'").get(0))
                    .containsEntry("banen_verdwijnen", "nee");
        }

        @Test
        void aHiddenAnswerSheetIsStillReadByName() throws Exception {
            useCawi("hidden-answer-sheet.xlsx");
            assertThat(succeeds()).contains("records read from cawi     " + CORPUS_CAWI_ROWS);
        }

        @Test
        void aSheetNameThatDoesNotExistIsNamedWithTheSheetsThatDo() throws Exception {
            editSpec("sheet: Antwoorden", "sheet: Antwoord");
            failsWithNamedError("cawi.xlsx", "sheet 'Antwoord' does not exist", "the workbook has: 'Antwoorden'");
        }

        @Test
        void aDoctypeInTheCorePropertiesIsAnErrorNotIgnored() throws Exception {
            // POI parses the core properties as it opens the package, logged a 95-line stack trace for the
            // DOCTYPE, dropped the part and read the sheet: exit 0. The entity (the author) is never read.
            useCawi("xxe-core-properties.xlsx");
            assertThat(failsWithNamedError("cawi.xlsx: part docProps/core.xml has a DOCTYPE declaration"))
                    .doesNotContain("root:");
        }

        @Test
        void twoSheetsWhoseNamesDifferOnlyInCaseAreRefused() throws Exception {
            useCawi("sheet-names-differing-in-case.xlsx");
            failsWithNamedError("cawi.xlsx: sheet 'Antwoorden' is ambiguous: the workbook has 2 sheets of that name"
                    + " (ignoring case, as Excel does): 'antwoorden' (tab 1, visible), 'Antwoorden' (tab 2, visible)",
                    "Delete or rename the sheets that do not hold the answers");
        }

        @Test
        void aHiddenSheetOfTheSameNamePlacedFirstIsRefused() throws Exception {
            useCawi("hidden-duplicate-sheet-first.xlsx");
            failsWithNamedError("cawi.xlsx: sheet 'Antwoorden' is ambiguous",
                    "'Antwoorden' (tab 1, hidden), 'Antwoorden' (tab 2, visible)");
        }

        @Test
        void aSheetNameDifferingOnlyInCaseFromTheSpecsReadsTheOneSheetOfThatName() throws Exception {
            // Excel matches sheet names ignoring case; the sample workbook has one sheet, Antwoorden, of 89 rows
            editSpec("sheet: Antwoorden", "sheet: ANTWOORDEN");
            assertThat(succeeds()).contains("records read from cawi     89");
        }

        @Test
        void sbiCodesStoredAsNumbersInAZeroPaddingFormatKeepTheirLeadingZero() throws Exception {
            // row 7: 111 formatted 0000, row 9: 1131 formatted 00000; read as 111 and 1131 they were division 11
            useCawi("sbi-numbers-in-zero-padding-formats.xlsx");
            succeeds();
            assertThat(query("SELECT id, sbi, sector_cluster FROM responses WHERE id IN ('V0001054', 'V0000191')"
                    + " ORDER BY id")).containsExactly(
                            Map.of("id", "V0000191", "sbi", "01131", "sector_cluster", "01"),
                            Map.of("id", "V0001054", "sbi", "0111", "sector_cluster", "01"));
        }

        @Test
        void anErrorCellInAnAnswerIsARejectWithItsCode() throws Exception {
            // row 6: Banen erbij door AI is #N/A
            useCawi("error-cell.xlsx");
            succeeds();
            assertThat(query("SELECT value, reason FROM rejects WHERE respondent_id = 'V0002055'"))
                    .containsExactly(Map.of("value", "#N/A", "reason", "not an answer of the codebook for banen_erbij"));
        }
    }

    // ---------------------------------------------------------------- the spec's paths

    @Test
    void anInputPathClimbingOutOfTheSpecsRootIsNamedAndNothingIsRead() throws Exception {
        // the spec's root is the project folder (root: ..); from jobs/ up to / and down to /etc/passwd
        String passwd = "../".repeat(project.toAbsolutePath().getNameCount() + 1) + "etc/passwd";
        editSpec("file: ../sample-data/wave-2024/cati.csv", "file: " + passwd);
        failsWithNamedError("wave-2024.yml line 11: inputs[0].file: " + passwd + " resolves to "
                + Path.of("/etc/passwd").toAbsolutePath() + ", outside the spec's root " + project.toAbsolutePath()
                + " (set root: to widen it)");
        assertThat(project.resolve("out/.weegschaal")).as("no job repository either").doesNotExist();
    }
}
