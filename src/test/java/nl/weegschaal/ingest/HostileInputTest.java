package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken exports, run through the whole wave job on a copy of the sample wave with one
 * export replaced. A broken file ends in one named line on standard error (file, line or sheet row,
 * what is wrong) and exit 1, with no stack trace, no result file written and an earlier result left
 * byte for byte as it was; a file whose records alone are bad ends in rejects with their reasons.
 * The small fixed files are under src/test/resources/hostile/; the others are derived from the
 * sample exports here. A spec whose path leads out of its root ends the same way, before anything is read.
 */
class HostileInputTest {
    private static final byte[] EARLIER_RESULT = "an earlier result that a failed run must not touch"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int SAMPLE_CATI_READ = 2225;
    private static final long SAMPLE_CATI_KEPT = 2221;

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

    void editSpec(String from, String to) throws Exception {
        String text = Files.readString(spec);
        assertThat(text).contains(from);
        Files.writeString(spec, text.replace(from, to));
    }

    static byte[] hostile(String name) throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/hostile", name));
    }

    /** The sample CATI export's lines, without their line ends. */
    static List<String> sampleCatiLines() throws Exception {
        return new ArrayList<>(Files.readAllLines(Path.of("sample-data/wave-2024/cati.csv"), StandardCharsets.UTF_8));
    }

    void writeCati(List<String> lines) throws Exception {
        Files.writeString(cati, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    void editCatiLine(int line, UnaryOperator<String> edit) throws Exception {
        List<String> lines = sampleCatiLines();
        lines.set(line - 1, edit.apply(lines.get(line - 1)));
        writeCati(lines);
    }

    static String field(String line, int index) {
        return line.split(";", -1)[index];
    }

    static String withField(String line, int index, String value) {
        String[] fields = line.split(";", -1);
        fields[index] = value;
        return String.join(";", fields);
    }

    // ---------------------------------------------------------------- CSV

    @Nested
    class Csv {
        @Test
        void anUnbalancedQuoteIsNamedWithItsLine() throws Exception {
            editCatiLine(40, line -> withField(line, 3, "\"1"));
            failsWithNamedError("cati.csv line 40", "malformed CSV");
        }

        @Test
        void aQuoteInsideAnUnquotedFieldIsNamed() throws Exception {
            // RFC 4180 lets a quote stand inside an unquoted field: the value 1"2 is a reject, not a file error
            editCatiLine(40, line -> withField(line, 3, "1\"2"));
            succeeds();
            assertThat(query("SELECT field, value, reason FROM rejects WHERE source = 'cati.csv' AND line = 40"))
                    .containsExactly(Map.of("field", "ai_gebruik (V601)", "value", "1\"2",
                            "reason", "not an answer of the codebook for ai_gebruik"));
        }

        @Test
        void aRaggedRowIsNamedWithItsLineAndFieldCounts() throws Exception {
            editCatiLine(50, line -> line.substring(0, line.lastIndexOf(';')));
            failsWithNamedError("cati.csv line 50", "the record has 23 fields but the header has 24");
        }

        @Test
        void aRaggedRowWithALineBreakOrNulInAQuotedFieldIsNamedOnOneLine() throws Exception {
            // the record shown in the message used to carry the line break (and NUL) as they were
            editCatiLine(70, line -> {
                String ragged = line.substring(0, line.lastIndexOf(';'));
                return withField(ragged, 3, "\"1\n\0 2\"");
            });
            String message = failsWithNamedError("cati.csv line 70", "the record has 23 fields but the header has 24");
            assertThat(message).contains("1\\n\\u0000 2").doesNotContain("\0");
        }

        @Test
        void aRowWithAnExtraFieldIsNamed() throws Exception {
            editCatiLine(51, line -> line + ";1");
            failsWithNamedError("cati.csv line 51", "the record has 25 fields but the header has 24");
        }

        @Test
        void aCommaFileWhereTheSpecSaysSemicolonNamesTheMissingColumn() throws Exception {
            List<String> lines = sampleCatiLines();
            lines.replaceAll(line -> line.replace(';', ','));
            writeCati(lines);
            failsWithNamedError("cati.csv", "column 'RESPNR'", "does not exist", "the header has: RESPNR,SBI2008,");
        }

        @Test
        void aHeaderMissingAMappedColumnNamesColumnAndField() throws Exception {
            editCatiLine(1, header -> header.replace(";V603;", ";V603_OUD;"));
            failsWithNamedError("cati.csv", "column 'V603' does not exist", "the header has: ", "V603_OUD");
        }

        @Test
        void aDuplicatedHeaderNameIsNamed() throws Exception {
            editCatiLine(1, header -> header.replace(";V604;", ";V603;"));
            failsWithNamedError("cati.csv line 1", "duplicate", "V603");
        }

        @Test
        void windows1252TextInAFileDeclaredUtf8IsNamedAndTheEncodingKeyIsHonoured() throws Exception {
            Files.write(cati, hostile("cati-windows-1252.csv"));
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
            List<String> lines = sampleCatiLines();
            lines.set(1999, lines.get(1999) + "\u00e9"); // extra text in the last field of line 2000
            byte[] utf8 = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(cati, new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1252")));
            failsWithNamedError("cati.csv line 2000", "not valid UTF-8");
        }

        @Test
        void aByteOrderMarkIsSkipped() throws Exception {
            byte[] sample = Files.readAllBytes(cati);
            byte[] withBom = new byte[sample.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(sample, 0, withBom, 3, sample.length);
            Files.write(cati, withBom);
            assertThat(succeeds()).contains("records read from cati     2,225");
            assertThat(query("SELECT count(*) AS n FROM responses WHERE mode = 'CATI'").get(0).get("n"))
                    .isEqualTo(SAMPLE_CATI_KEPT);
        }

        @Test
        void mixedCrlfAndLfLineEndsKeepRecordsAndLineNumbers() throws Exception {
            List<String> lines = sampleCatiLines();
            StringBuilder mixed = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                mixed.append(lines.get(i)).append(i % 3 == 0 ? "\r\n" : "\n");
            }
            Files.writeString(cati, mixed, StandardCharsets.UTF_8);
            assertThat(succeeds()).contains("records read from cati     2,225");
            assertThat(query("SELECT count(*) AS n FROM responses WHERE mode = 'CATI'").get(0).get("n"))
                    .isEqualTo(SAMPLE_CATI_KEPT);
            assertThat(query("SELECT count(*) AS n FROM responses WHERE id LIKE '%\r%' OR sbi LIKE '%\r%'"
                    + " OR \"functies_verdwijnen_welke.overig\" LIKE '%\r%'").get(0).get("n")).isEqualTo(0L);
            assertThat(query("SELECT line, value FROM rejects WHERE source = 'cati.csv' AND field LIKE 'banen_verdwijnen%'"))
                    .containsExactly(Map.of("line", 153L, "value", "7"));
        }

        @Test
        void anEmptyFileIsNamed() throws Exception {
            Files.write(cati, new byte[0]);
            failsWithNamedError("cati.csv", "the file is empty");
        }

        @Test
        void aFileOfBlankLinesIsNamed() throws Exception {
            Files.writeString(cati, "\n\n\r\n");
            failsWithNamedError("cati.csv line 1", "cannot read the header", "header name is missing");
        }

        @Test
        void aHeaderWithoutRecordsIsNamed() throws Exception {
            Files.writeString(cati, sampleCatiLines().get(0) + "\n");
            failsWithNamedError("cati.csv: the export has a header but no records (input 'cati')");
        }

        @Test
        void aVeryLargeSingleFieldIsARejectWithoutTheWholeValue() throws Exception {
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
                    .containsEntry("reason", "not an answer of the codebook for banen_verdwijnen");
            // the reject keeps the start of the value and its length, not 20 MB (the result stays small)
            assertThat((Long) rejects.get(0).get("length")).isLessThan(1100L);
            assertThat(query("SELECT value FROM rejects WHERE source = 'cati.csv' AND line = 100").get(0).get("value"))
                    .asString().startsWith("xxxx").endsWith("... (" + size + " characters)");
            assertThat(Files.size(result)).isLessThan(10L * 1024 * 1024);
        }

        @Test
        void aNulByteInAnAnswerIsNamedNotSilentlyTrimmedAway() throws Exception {
            // String.trim() in the harmoniser used to drop a trailing NUL, so "1\0" was read as the answer 1
            editCatiLine(60, line -> withField(line, 4, "1\0"));
            failsWithNamedError("cati.csv line 60: field 'V602' contains a NUL byte");
        }

        @Test
        void aNulByteInAnIdIsNamed() throws Exception {
            editCatiLine(61, line -> withField(line, 0, field(line, 0) + "\0\0"));
            failsWithNamedError("cati.csv line 61: field 'RESPNR' contains a NUL byte");
        }

        @Test
        void aFileOfNulBytesIsNamedInAShortMessage() throws Exception {
            Files.write(cati, new byte[4096]);
            failsWithNamedError("cati.csv line 1", "NUL byte");
        }

        @Test
        void aUtf16FileIsNamed() throws Exception {
            String text = Files.readString(cati, StandardCharsets.UTF_8);
            Files.write(cati, text.getBytes(StandardCharsets.UTF_16)); // big-endian with a BOM, as some tools save
            failsWithNamedError("cati.csv line");
        }
    }

    // ---------------------------------------------------------------- XLSX

    @Nested
    class Xlsx {
        @Test
        void aFileThatIsNotAZipIsNamed() throws Exception {
            Files.write(cawi, hostile("not-a-zip.xlsx"));
            failsWithNamedError("cawi.xlsx", "is not an .xlsx workbook", "not a zip archive");
        }

        @Test
        void aZipThatIsNotAWorkbookIsNamed() throws Exception {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(cawi))) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("not a workbook".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            failsWithNamedError("cawi.xlsx", "not a readable .xlsx workbook");
        }

        @Test
        void aTruncatedWorkbookIsNamed() throws Exception {
            byte[] sample = Files.readAllBytes(cawi);
            Files.write(cawi, Arrays.copyOf(sample, sample.length / 2));
            failsWithNamedError("cawi.xlsx");
        }

        @Test
        void anEncryptedWorkbookIsNamed() throws Exception {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("geheim");
            byte[] plain = Files.readAllBytes(cawi);
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                try (OutputStream os = encryptor.getDataStream(fs)) {
                    os.write(plain);
                }
                try (OutputStream file = Files.newOutputStream(cawi)) {
                    fs.writeFilesystem(file);
                }
            }
            failsWithNamedError("cawi.xlsx", "password-protected");
        }

        @Test
        void formulasInAnswerCellsGiveTheirCachedValueAndAreNeverEvaluated() throws Exception {
            String[] idAndCached = editCawi((wb, sheet) -> {
                Row row = sheet.getRow(1);
                Cell answer = fresh(row, column(sheet, "Gebruik van AI"));
                answer.setCellFormula("\"Helemaal niet\"");   // evaluating it would give helemaal_niet
                answer.setCellValue("In hoge mate");           // the cached result the export carries
                String sbiValue = text(row.getCell(column(sheet, "SBI-code")));
                Cell sbi = fresh(row, column(sheet, "SBI-code"));
                sbi.setCellFormula("1+1");                    // evaluating it would give 2
                sbi.setCellValue(Double.parseDouble(sbiValue));
                return new String[] {text(row.getCell(0)), sbiValue};
            });
            succeeds();
            assertThat(query("SELECT ai_gebruik, sbi FROM responses WHERE id = '" + idAndCached[0] + "'"))
                    .containsExactly(Map.of("ai_gebruik", "hoge_mate", "sbi", idAndCached[1]));
        }

        @Test
        void aFormulaWithoutACachedValueIsAnEmptyCell() throws Exception {
            String id = editCawi((wb, sheet) -> {
                Row row = sheet.getRow(2);
                Cell answer = fresh(row, column(sheet, "Banen erbij door AI"));
                answer.setCellFormula("\"Ja\"");    // never calculated: no cached value in the file
                return text(row.getCell(0));
            });
            succeeds();
            assertThat(query("SELECT banen_erbij FROM responses WHERE id = '" + id + "'"))
                    .hasSize(1).allSatisfy(r -> assertThat(r.get("banen_erbij")).isNull()); // item nonresponse
        }

        @Test
        void anSbiCodeAndEmployeesStoredAsNumbersReadAsWholeNumbers() throws Exception {
            String id = editCawi((wb, sheet) -> {
                Row row = sheet.getRow(3);
                CellStyle oneDecimal = wb.createCellStyle();
                oneDecimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
                Cell sbi = fresh(row, column(sheet, "SBI-code"));
                sbi.setCellValue(4711d);
                sbi.setCellStyle(oneDecimal);
                Cell employees = fresh(row, column(sheet, "Aantal werkzame personen"));
                employees.setCellValue(12d);
                employees.setCellStyle(oneDecimal);
                return text(row.getCell(0));
            });
            succeeds();
            assertThat(query("SELECT sbi, employees, sector_cluster, size_class FROM responses WHERE id = '" + id + "'"))
                    .containsExactly(Map.of("sbi", "4711", "employees", "12", "sector_cluster", "05",
                            "size_class", "2-19"));
        }

        @Test
        void mergedCellsInAnswersLeaveTheCoveredCellsEmpty() throws Exception {
            String id = editCawi((wb, sheet) -> {
                int first = column(sheet, "Banen verdwijnen door AI");
                Row row = sheet.getRow(4);
                fresh(row, first).setCellValue("Nee");
                sheet.addMergedRegion(new CellRangeAddress(4, 4, first, first + 1));
                return text(row.getCell(0));
            });
            Outcome run = run();
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(query("SELECT banen_verdwijnen FROM responses WHERE id = '" + id + "'").get(0))
                    .containsEntry("banen_verdwijnen", "nee");
        }

        @Test
        void mergedCellsInTheHeaderAreNamed() throws Exception {
            editCawi((wb, sheet) -> {
                int first = column(sheet, "Banen verdwijnen door AI");
                sheet.getRow(0).getCell(first + 1).setBlank();
                sheet.addMergedRegion(new CellRangeAddress(0, 0, first, first + 1));
                return null;
            });
            failsWithNamedError("cawi.xlsx sheet 'Antwoorden' row 1", "header cell F1 is empty");
        }

        @Test
        void aHiddenAnswerSheetIsStillReadByName() throws Exception {
            editCawi((wb, sheet) -> {
                wb.createSheet("Toelichting").createRow(0).createCell(0).setCellValue("Lees dit eerst");
                wb.setSheetOrder("Toelichting", 0);
                wb.setActiveSheet(0);
                wb.setSelectedTab(0);
                wb.setSheetHidden(wb.getSheetIndex("Antwoorden"), true);
                return null;
            });
            assertThat(succeeds()).contains("records read from cawi     89");
        }

        @Test
        void anEmptySheetIsNamed() throws Exception {
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(cawi)) {
                wb.createSheet("Antwoorden");
                wb.write(out);
            }
            failsWithNamedError("cawi.xlsx sheet 'Antwoorden'", "the sheet is empty");
        }

        @Test
        void aSheetWithOnlyAHeaderIsNamed() throws Exception {
            editCawi((wb, sheet) -> {
                for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                    if (sheet.getRow(r) != null) {
                        sheet.removeRow(sheet.getRow(r));
                    }
                }
                return null;
            });
            failsWithNamedError("cawi.xlsx sheet Antwoorden: the export has a header but no records (input 'cawi')");
        }

        @Test
        void aSheetNameThatDoesNotExistIsNamedWithTheSheetsThatDo() throws Exception {
            editSpec("sheet: Antwoorden", "sheet: Antwoord");
            failsWithNamedError("cawi.xlsx", "sheet 'Antwoord' does not exist", "the workbook has: 'Antwoorden'");
        }

        @Test
        void anErrorCellInAnAnswerIsARejectWithItsCode() throws Exception {
            String id = editCawi((wb, sheet) -> {
                Row row = sheet.getRow(5);
                Cell answer = fresh(row, column(sheet, "Banen erbij door AI"));
                answer.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
                return text(row.getCell(0));
            });
            succeeds();
            assertThat(query("SELECT value, reason FROM rejects WHERE respondent_id = '" + id + "'"))
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

    // ---------------------------------------------------------------- workbook editing

    @FunctionalInterface
    interface SheetEdit<T> {
        T edit(XSSFWorkbook wb, Sheet sheet) throws Exception;
    }

    <T> T editCawi(SheetEdit<T> edit) throws Exception {
        T value;
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(cawi))) {
            value = edit.edit(wb, wb.getSheet("Antwoorden"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            edited = out.toByteArray();
        }
        Files.write(cawi, edited);
        return value;
    }

    static int column(Sheet sheet, String name) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    /** A new cell in place of the old one (the sample's inline strings would linger beside a new value). */
    static Cell fresh(Row row, int column) {
        Cell old = row.getCell(column);
        if (old != null) {
            row.removeCell(old);
        }
        return row.createCell(column);
    }

    static String text(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell.getNumericCellValue())
                : cell.getStringCellValue();
    }
}
