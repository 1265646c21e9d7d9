package nl.weegschaal.ingest;

import nl.weegschaal.testing.Zips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

class XlsxRecordReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsCellTextAsStoredSkippingEmptyRows() throws Exception {
        Path file = dir.resolve("cawi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Antwoorden");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("d-m-yyyy"));
            CellStyle thousands = wb.createCellStyle();
            thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            sheet.createRow(1).createCell(0).setBlank(); // a row with an empty cell before the header
            row(sheet, 2, "id", " sbi ", "code", "score", "dubbel", "tekst", "fout", "datum", "actief", "groot");
            Row r = sheet.createRow(3);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue(4711);
            r.createCell(2).setCellValue("01");
            r.createCell(3).setCellValue(12.5);
            r.createCell(4).setCellFormula("D4*2");
            r.createCell(5).setCellFormula("\"ab\"&C4");
            r.createCell(6).setCellFormula("NA()");
            r.createCell(7).setCellValue(LocalDate.of(2024, 3, 1));
            r.getCell(7).setCellStyle(date);
            r.createCell(8).setCellValue(true);
            r.createCell(9).setCellValue(1234567.25);
            r.getCell(9).setCellStyle(thousands);
            sheet.createRow(4).createCell(3).setCellValue(""); // only an empty string: skipped
            Row sparse = sheet.createRow(6);
            sparse.createCell(0).setCellValue("2");
            sparse.createCell(2).setCellValue(0.1 + 0.2);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            write(wb, file);
        }
        XlsxRecordReader reader = new XlsxRecordReader(file, "Antwoorden", List.of("sbi", "code"));
        List<SourceRecord> records = readAll(reader);

        assertThat(reader.header()).containsExactly("id", "sbi", "code", "score", "dubbel", "tekst", "fout", "datum",
                "actief", "groot");
        assertThat(records).hasSize(2);
        assertThat(values(records.get(0))).containsExactly("1", "4711", "01", "12.5", "25", "ab01", "#N/A",
                "2024-03-01", "TRUE", "1234567.25");
        assertThat(records.get(0).line()).isEqualTo(4);
        assertThat(records.get(0).file()).isEqualTo("cawi.xlsx sheet Antwoorden");
        assertThat(values(records.get(1))).containsExactly("2", "", "0.3", "", "", "", "", "", "", "");
        assertThat(records.get(1).line()).isEqualTo(7);
    }

    @Test
    void sharedAndInlineStringsReadAsPoiReadsThemEscapesDecodedAndRepeatsAlike() throws Exception {
        String[] texts = {"Ja", "Nee", "Ja", "a\rb", "_x0041_ and _x00", "  spaced  ", "Ja", "tab\there", "Nee"};
        Path shared = dir.resolve("shared.xlsx");
        Path inline = dir.resolve("inline.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("S"), 0, "a", "b", "c", "d", "e", "f", "g", "h", "i");
            row(wb.getSheet("S"), 1, texts);
            row(wb.getSheet("S"), 2, texts);
            write(wb, shared);
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            row(wb.createSheet("S"), 0, "a", "b", "c", "d", "e", "f", "g", "h", "i");
            row(wb.getSheet("S"), 1, texts);
            row(wb.getSheet("S"), 2, texts);
            write(wb, inline);
            wb.dispose();
        }
        List<String> asPoiReadsThem = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(shared.toFile())) {
            wb.getSheet("S").getRow(1).forEach(cell -> asPoiReadsThem.add(cell.getStringCellValue()));
        }
        for (Path file : List.of(shared, inline)) {
            assertThat(readAll(new XlsxRecordReader(file, "S", List.of()))).extracting(XlsxRecordReaderTest::values)
                    .as(file.getFileName().toString()).containsExactly(asPoiReadsThem, asPoiReadsThem);
        }
        assertThat(asPoiReadsThem.get(7)).isEqualTo("tab\there");
    }

    @Test
    void readsDatesAndTimesAsIsoAlsoInThe1904DateSystem() throws Exception {
        for (boolean date1904 : new boolean[] {false, true}) {
            Path file = dir.resolve("datums-" + date1904 + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                wb.getCTWorkbook().addNewWorkbookPr().setDate1904(date1904);
                Sheet sheet = wb.createSheet("S");
                row(sheet, 0, "datum", "moment", "tijd");
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
                Row r = sheet.createRow(1);
                r.createCell(0).setCellValue(LocalDate.of(2023, 12, 31));
                r.createCell(1).setCellValue(LocalDateTime.of(2024, 2, 29, 13, 45, 10));
                r.createCell(2).setCellValue(0.75);
                for (int i = 0; i < 3; i++) {
                    r.getCell(i).setCellStyle(style);
                }
                write(wb, file);
            }
            assertThat(readAll(new XlsxRecordReader(file, "S", List.of()))).extracting(XlsxRecordReaderTest::values)
                    .as("date1904 " + date1904).containsExactly(List.of("2023-12-31", "2024-02-29T13:45:10", "18:00:00"));
        }
    }

    @Test
    void readsWholeNumbersInAZeroPaddingFormatAsShownAndOthersAsStored() throws Exception {
        // a spreadsheet user formats an SBI column 0000 to see 0111 in a number cell: the zero is part of the code
        String[] formats = {"0000", "00000", "000", "0000", "0", "0.0", "#,##0", "General", "00000;-00000", "0000",
            "0000", "\"SBI \"0000"};
        Object[] values = {111, 1131, 12345, 12.5, 111, 111, 1111, 111, -12, 0, "=100+11", 111};
        Path file = dir.resolve("nullen.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("S");
            row(sheet, 0, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
            Row r = sheet.createRow(1);
            for (int i = 0; i < formats.length; i++) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
                if (values[i] instanceof String formula) {
                    r.createCell(i).setCellFormula(formula.substring(1));
                } else {
                    r.createCell(i).setCellValue(((Number) values[i]).doubleValue());
                }
                r.getCell(i).setCellStyle(style);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            write(wb, file);
        }
        assertThat(readAll(new XlsxRecordReader(file, "S", List.of()))).extracting(XlsxRecordReaderTest::values)
                .containsExactly(List.of("0111", "01131", "12345", "12.5", "111", "111", "1111", "111", "-00012",
                        "0000", "0111", "111"));
    }

    @Test
    void aNumberInTheTextFormatReadsAsStoredItsLostZeroCannotBeKnown() throws Exception {
        // 0123 typed in a General cell became the number 123 before the column was set to Text (@): the zero
        // is gone from the file; the SBI check names such codes. Text typed in a Text cell keeps its zero.
        Path file = dir.resolve("tekst.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("S");
            row(sheet, 0, "getal", "tekst");
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(123);
            r.createCell(1).setCellValue("0123");
            r.getCell(0).setCellStyle(text);
            r.getCell(1).setCellStyle(text);
            write(wb, file);
        }
        assertThat(readAll(new XlsxRecordReader(file, "S", List.of()))).extracting(XlsxRecordReaderTest::values)
                .containsExactly(List.of("123", "0123"));
    }

    @Test
    void readsTheNamedSheetAmongOthersIncludingHiddenOnes() throws Exception {
        Path file = dir.resolve("multi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("Toelichting"), 0, "lees mij");
            Sheet answers = wb.createSheet("Antwoorden");
            row(answers, 0, "id", "x");
            row(answers, 1, "a", "b");
            Sheet hidden = wb.createSheet("Verborgen");
            row(hidden, 0, "id");
            row(hidden, 1, "h1");
            row(hidden, 2, "h2");
            wb.setSheetHidden(2, true);
            write(wb, file);
        }
        assertThat(readAll(new XlsxRecordReader(file, "Antwoorden", List.of()))).extracting(XlsxRecordReaderTest::values)
                .containsExactly(List.of("a", "b"));
        assertThat(readAll(new XlsxRecordReader(file, "Verborgen", List.of("id")))).extracting(r -> r.value(0))
                .containsExactly("h1", "h2");
    }

    @Test
    void rejectsFilesThatAreNotXlsxWorkbooks() throws Exception {
        Path text = dir.resolve("export.xlsx");
        Files.writeString(text, "id,x\n1,2\n");
        assertOpenFails(text, "Antwoorden", "export.xlsx", "not an .xlsx workbook");
        assertOpenFails(dir.resolve("missing.xlsx"), "Antwoorden", "missing.xlsx: file not found");

        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Antwoorden");
            try (OutputStream out = Files.newOutputStream(xls)) {
                wb.write(out);
            }
        }
        assertOpenFails(xls, "Antwoorden", "old.xlsx", "Excel 97-2003");

        Path encrypted = dir.resolve("geheim.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("Antwoorden"), 0, "id");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("wachtwoord");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertOpenFails(encrypted, "Antwoorden", "geheim.xlsx", "password-protected");
    }

    @Test
    void rejectsAMissingSheetListingTheSheetsThatExist() throws Exception {
        Path file = simpleWorkbook("cawi.xlsx", 3);
        assertOpenFails(file, "Antwoord", "cawi.xlsx: sheet 'Antwoord' does not exist; the workbook has: 'Uitleg', 'Antwoorden'");
    }

    @Test
    void matchesTheSheetNameIgnoringCaseAsExcelDoes() throws Exception {
        Path file = simpleWorkbook("cawi.xlsx", 2);
        assertThat(readAll(new XlsxRecordReader(file, "ANTWOORDEN", List.of("id")))).extracting(r -> r.value(0))
                .containsExactly("1", "2");
    }

    @Test
    void refusesTwoSheetsMatchingTheNameIgnoringCaseNamingThemWithTheirVisibility() throws Exception {
        assertOpenFails(corpus("sheet-names-differing-in-case.xlsx"), "Antwoorden",
                "sheet-names-differing-in-case.xlsx: sheet 'Antwoorden' is ambiguous: the workbook has 2 sheets of that"
                        + " name (ignoring case, as Excel does): 'antwoorden' (tab 1, visible), 'Antwoorden' (tab 2,"
                        + " visible); Excel allows only one");
        // the spec's spelling does not pick one: antwoorden matches both as well
        assertOpenFails(corpus("sheet-names-differing-in-case.xlsx"), "antwoorden", "sheet 'antwoorden' is ambiguous");
        assertOpenFails(corpus("hidden-duplicate-sheet-first.xlsx"), "Antwoorden",
                "sheet 'Antwoorden' is ambiguous", "'Antwoorden' (tab 1, hidden), 'Antwoorden' (tab 2, visible)");
    }

    @Test
    void aHiddenSheetThatIsTheOnlyMatchIsRead() throws Exception {
        assertThat(readAll(new XlsxRecordReader(corpus("hidden-answer-sheet.xlsx"), "antwoorden", List.of())))
                .hasSize(10);
    }

    @Test
    void rejectsBadHeaders() throws Exception {
        Path file = simpleWorkbook("cawi.xlsx", 3);
        assertThat(openFailure(new XlsxRecordReader(file, "Antwoorden", List.of("id", "gewicht"))))
                .hasMessage(file + " sheet 'Antwoorden': column 'gewicht' does not exist; the header has: id, naam");

        Path duplicate = dir.resolve("dubbel.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("S"), 0, "id", "naam", "id ");
            write(wb, duplicate);
        }
        assertOpenFails(duplicate, "S", "sheet 'S' row 1: column 'id' occurs twice in the header (cells A1 and C1)");

        Path gap = dir.resolve("gat.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("S"), 0, "id", " ", "naam");
            write(wb, gap);
        }
        assertOpenFails(gap, "S", "sheet 'S' row 1: header cell B1 is empty");
    }

    @Test
    void rejectsAValueRightOfTheHeader() throws Exception {
        Path file = dir.resolve("breed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("S");
            row(sheet, 0, "id", "naam");
            row(sheet, 1, "1", "a");
            Row wide = sheet.createRow(2);
            wide.createCell(0).setCellValue("2");
            wide.createCell(3).setCellValue("te veel");
            write(wb, file);
        }
        XlsxRecordReader reader = new XlsxRecordReader(file, "S", List.of());
        reader.open(new ExecutionContext());
        try {
            assertThatThrownBy(() -> readUntilFailure(reader)).isInstanceOf(InputFileException.class)
                    .hasMessage(file + " sheet 'S' row 3: cell D3 has the value 'te veel' but the header has only 2"
                            + " columns (A to B)");
        } finally {
            reader.close();
        }
    }

    @Test
    void restartsAfterTheRecordsAlreadyRead() throws Exception {
        Path file = simpleWorkbook("restart.xlsx", 10);
        ExecutionContext context = new ExecutionContext();
        XlsxRecordReader first = new XlsxRecordReader(file, "Antwoorden", List.of("id"));
        first.open(context);
        for (int i = 1; i <= 3; i++) {
            assertThat(first.read().value(0)).isEqualTo(String.valueOf(i));
        }
        first.update(context);
        first.close();
        assertThat(context.getInt("xlsx-restart.xlsx.read.count")).isEqualTo(3);

        XlsxRecordReader second = new XlsxRecordReader(file, "Antwoorden", List.of("id"));
        second.open(context);
        try {
            SourceRecord next = second.read();
            assertThat(next.value(0)).isEqualTo("4");
            assertThat(next.line()).isEqualTo(5);
        } finally {
            second.close();
        }
    }

    @Test
    void streamsALargeSheet() throws Exception {
        Path file = dir.resolve("groot.xlsx");
        int rows = 50_000;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("Antwoorden");
            row(sheet, 0, "id", "sbi", "naam", "score", "regio");
            for (int i = 1; i <= rows; i++) {
                Row r = sheet.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellValue(4711);
                r.createCell(2).setCellValue("bedrijf " + i);
                r.createCell(3).setCellValue(i / 4.0);
                r.createCell(4).setCellValue("R" + (i % 40));
            }
            write(wb, file);
            wb.dispose();
        }
        long start = System.nanoTime();
        XlsxRecordReader reader = new XlsxRecordReader(file, "Antwoorden", List.of("id", "sbi"));
        reader.open(new ExecutionContext());
        long count = 0;
        SourceRecord last = null;
        try {
            for (SourceRecord r = reader.read(); r != null; r = reader.read()) {
                count++;
                last = r;
            }
        } finally {
            reader.close();
        }
        System.out.printf("read %d xlsx rows in %d ms%n", count, (System.nanoTime() - start) / 1_000_000);
        assertThat(count).isEqualTo(rows);
        assertThat(values(last)).containsExactly("50000", "4711", "bedrijf 50000", "12500", "R0");
        assertThat(last.line()).isEqualTo(rows + 1);
    }

    /** A file of the hostile-input corpus (see src/test/resources/hostile/README.md). */
    private static Path corpus(String name) {
        return Path.of("src/test/resources/hostile/xlsx", name);
    }

    @Test
    void namesTheFileOfAZipBomb() throws Exception {
        // 5 MB of spaces in the sheet's XML, 9 KB compressed
        assertOpenFails(corpus("zip-bomb.xlsx"), "Antwoorden", "zip-bomb.xlsx sheet 'Antwoorden'", "zip bomb");
    }

    @Test
    void refusesADoctypeInEveryPartOfThePackageNamingThePart() throws Exception {
        // each declares <!ENTITY x SYSTEM "file:///etc/passwd">; the shared strings and core properties use it
        String[][] cases = {
            {"xxe-content-types.xlsx", "[Content_Types].xml"}, {"xxe-package-rels.xlsx", "_rels/.rels"},
            {"xxe-core-properties.xlsx", "docProps/core.xml"}, {"xxe-app-properties.xlsx", "docProps/app.xml"},
            {"xxe-workbook-rels.xlsx", "xl/_rels/workbook.xml.rels"}, {"xxe-workbook.xlsx", "xl/workbook.xml"},
            {"xxe-styles.xlsx", "xl/styles.xml"}, {"xxe-shared-strings.xlsx", "xl/sharedStrings.xml"},
            {"xxe-doctype.xlsx", "xl/worksheets/sheet1.xml"}};
        for (String[] c : cases) {
            assertThat(assertOpenFails(corpus(c[0]), "Antwoorden", c[0] + ": part " + c[1]
                    + " has a DOCTYPE declaration, which Excel never writes")).as(c[0]).doesNotContain("root:");
        }
    }

    @Test
    void refusesADoctypeInASheetThatIsNotTheOneRead() throws Exception {
        Path file = simpleWorkbook("twee.xlsx", 3);
        Path hostile = dir.resolve("uitleg-xxe.xlsx");
        Files.write(hostile, Zips.rewriteEntry(Files.readAllBytes(file), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")));
        assertOpenFails(hostile, "Antwoorden", "uitleg-xxe.xlsx: part xl/worksheets/sheet1.xml has a DOCTYPE");
    }

    @Test
    void refusesAZipCutOffAsDamagedOrIncomplete() throws Exception {
        for (String name : List.of("truncated.xlsx", "truncated-table-of-contents.xlsx")) {
            assertOpenFails(corpus(name), "Antwoorden", name + ": not a readable .xlsx workbook: the zip archive is"
                    + " damaged or incomplete", "cut off while copying or downloading");
        }
    }

    @Test
    void refusesAZipWithMorePartsThanAWorkbookHas() throws Exception {
        Path many = dir.resolve("veel.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i <= 1000; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("deel" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        assertOpenFails(many, "Antwoorden", "veel.xlsx: not a readable .xlsx workbook: the zip archive holds 1001"
                + " parts, more than 1000");
    }

    @Test
    void refusesBrokenXmlInThePartsThatDescribeThePackageNamingThePartAndLine() throws Exception {
        String broken = assertOpenFails(corpus("broken-core-properties.xlsx"), "Antwoorden",
                "broken-core-properties.xlsx: not a readable .xlsx workbook: part docProps/core.xml is not well-formed:"
                        + " line 1, column ",
                " of its XML: Unexpected EOF in attribute value");
        assertThat(broken).as("the place is said once, not again in the parser's words").doesNotContain("row,col");
        Path plain = simpleWorkbook("plain.xlsx", 3);
        Path rels = dir.resolve("rels.xlsx");
        Files.write(rels, Zips.rewriteEntry(Files.readAllBytes(plain), "_rels/.rels", xml -> xml.replace("/>", ">")));
        assertOpenFails(rels, "Antwoorden", "rels.xlsx: not a readable .xlsx workbook: part _rels/.rels is not"
                + " well-formed: line 1, column ");
    }

    @Test
    void refusesAPartWhoseFirstElementDoesNotBeginWithinItsFirst64Kb() throws Exception {
        // a DOCTYPE could hide behind any amount of comment; the check reads 64 KB of a part's start, no more
        Path plain = simpleWorkbook("plain.xlsx", 3);
        Path padded = dir.resolve("opgevuld.xlsx");
        Files.write(padded, Zips.rewriteEntry(Files.readAllBytes(plain), "xl/styles.xml",
                xml -> xml.replaceFirst("\\?>", "?><!--" + "x".repeat(70_000) + "-->")));
        assertOpenFails(padded, "Antwoorden",
                "opgevuld.xlsx: part xl/styles.xml has no XML element in its first 64 KB");
    }

    @Test
    void readsAWorkbookWithABinaryPartSuchAsAPicture() throws Exception {
        // the check of the parts skips what is not XML: a PNG is no broken XML
        Path file = dir.resolve("plaatje.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Antwoorden");
            row(sheet, 0, "id");
            row(sheet, 1, "1");
            byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                    + "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
            int picture = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            sheet.createDrawingPatriarch().createPicture(wb.getCreationHelper().createClientAnchor(), picture);
            write(wb, file);
        }
        String printed = standardErrorOf(() -> assertThat(readAll(new XlsxRecordReader(file, "Antwoorden",
                List.of("id")))).extracting(r -> r.value(0)).containsExactly("1"));
        assertThat(printed).as("the XML reader printed nothing about the picture's bytes").isEmpty();
    }

    @Test
    void aBadByteInTheSheetIsNamedAndNothingIsPrintedBeforeTheError() throws Exception {
        // given bytes, the JDK's XML reader printed "[Fatal Error] ... Invalid byte 1 of 1-byte UTF-8 sequence"
        Path plain = simpleWorkbook("plain.xlsx", 3);
        Path bad = dir.resolve("kapot-teken.xlsx");
        Files.write(bad, Zips.rewriteEntryBytes(Files.readAllBytes(plain), "xl/worksheets/sheet2.xml", xml -> {
            int at = new String(xml, StandardCharsets.US_ASCII).indexOf("<row r=\"3\""); // the sheet XML is ASCII
            assertThat(at).isPositive();
            byte[] out = new byte[xml.length + 1];
            System.arraycopy(xml, 0, out, 0, at);
            out[at] = (byte) 0xFF; // no byte of UTF-8 text
            System.arraycopy(xml, at, out, at + 1, xml.length - at);
            return out;
        }));
        List<Throwable> failure = new ArrayList<>();
        String printed = standardErrorOf(() -> failure.add(catchThrowable(
                () -> readAll(new XlsxRecordReader(bad, "Antwoorden", List.of())))));
        assertThat(printed).isEmpty();
        // a small sheet is decoded while the header is read, a large one where the byte is
        Throwable named = failure.get(0) instanceof ItemStreamException open ? open.getCause() : failure.get(0);
        assertThat(named).isInstanceOf(InputFileException.class).hasMessageContainingAll(
                "kapot-teken.xlsx sheet 'Antwoorden'", "cannot read the sheet: its XML is not text in its encoding");
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    /** What {@code action} printed on System.err. */
    private static String standardErrorOf(Action action) throws Exception {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(err);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsMalformedSheetXml() throws Exception {
        Path plain = simpleWorkbook("plain.xlsx", 3);
        Path broken = dir.resolve("kapot.xlsx");
        Files.write(broken, Zips.rewriteEntry(Files.readAllBytes(plain), "xl/worksheets/sheet2.xml",
                xml -> xml.replace("</sheetData>", "</sheetDat>")));
        XlsxRecordReader reader = new XlsxRecordReader(broken, "Antwoorden", List.of());
        reader.open(new ExecutionContext());
        try {
            assertThatThrownBy(() -> readUntilFailure(reader)).isInstanceOf(InputFileException.class).hasMessageContaining("kapot.xlsx sheet 'Antwoorden' row 4")
                    .hasMessageContaining("cannot read the sheet");
        } finally {
            reader.close();
        }
    }

    private Path simpleWorkbook(String name, int rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("Uitleg"), 0, "zie tabblad Antwoorden");
            Sheet sheet = wb.createSheet("Antwoorden");
            row(sheet, 0, "id", "naam");
            for (int i = 1; i <= rows; i++) {
                Row r = sheet.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellValue("naam " + i);
            }
            write(wb, file);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static String assertOpenFails(Path file, String sheet, String... fragments) {
        InputFileException failure = openFailure(new XlsxRecordReader(file, sheet, List.of()));
        for (String fragment : fragments) {
            assertThat(failure.getMessage()).contains(fragment);
        }
        return failure.getMessage();
    }

    /** Spring Batch wraps a failure to open in an ItemStreamException; the CLI reports the cause. */
    private static InputFileException openFailure(XlsxRecordReader reader) {
        Throwable failure = catchThrowable(() -> reader.open(new ExecutionContext()));
        reader.close();
        assertThat(failure).isInstanceOf(ItemStreamException.class).hasCauseInstanceOf(InputFileException.class);
        return (InputFileException) failure.getCause();
    }

    private static void readUntilFailure(XlsxRecordReader reader) throws Exception {
        while (reader.read() != null) {
            // the failure is thrown where it occurs in the sheet
        }
    }

    private static List<SourceRecord> readAll(XlsxRecordReader reader) throws Exception {
        return nl.weegschaal.testing.Records.readAll(reader);
    }

    private static List<String> values(SourceRecord record) {
        return nl.weegschaal.testing.Records.values(record);
    }
}
