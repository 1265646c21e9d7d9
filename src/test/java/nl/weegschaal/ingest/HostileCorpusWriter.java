package nl.weegschaal.ingest;

import nl.weegschaal.testing.Zips;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the corpus of hostile inputs under {@code src/test/resources/hostile/} — NOT a test. It ran
 * once by hand and its files are committed; {@link HostileInputTest} and {@link XlsxRecordReaderTest}
 * read those files and never call this. The corpus and what each file is expected to give are listed
 * in {@code src/test/resources/hostile/README.md}.
 *
 * <p>To rebuild the corpus (say after a change of the sample wave's exports):
 *
 * <pre>mvn -o -B test -Dtest=HostileCorpusWriter -Dhostile.corpus.write=true</pre>
 *
 * then check the README's line and row numbers still hold and commit the files. Without the property
 * the one method here is skipped. Workbooks carry POI's time stamps, so a rebuild changes their bytes
 * even where their content is the same.
 *
 * <p>Every file is derived from the sample wave ({@code sample-data/wave-2024/cati.csv} and
 * {@code cawi.xlsx}), cut to {@value #CATI_RECORDS} CATI records and {@value #CAWI_ROWS} CAWI rows, with
 * one thing made hostile. {@code windows-1252.csv} and {@code not-a-zip.xlsx} predate this writer and are
 * kept as they are. Inputs that only make sense large (a 20 MB field, a bad byte past the decoder's
 * read-ahead) are not in the corpus: {@link HostileInputTest} builds those itself. The workbooks added
 * for issue 11 (hostile package parts, duplicate sheet names, zero-padded numbers) are written by
 * {@link HostileWorkbookWriter}.
 */
@EnabledIfSystemProperty(named = "hostile.corpus.write", matches = "true")
class HostileCorpusWriter {
    static final Path CORPUS = Path.of("src/test/resources/hostile");
    static final int CATI_RECORDS = 12;
    static final int CAWI_ROWS = 10;
    /** A line of the sample CATI export whose V602 (banen_verdwijnen) is 7, not an answer of the codebook. */
    static final int SAMPLE_LINE_WITH_A_REJECT = 153;

    private Path csv;
    private Path xlsx;

    @Test
    void writeCorpus() throws Exception {
        csv = Files.createDirectories(CORPUS.resolve("csv"));
        xlsx = Files.createDirectories(CORPUS.resolve("xlsx"));
        writeCsv();
        writeXlsx();
    }

    // ---------------------------------------------------------------- CSV

    private void writeCsv() throws Exception {
        csvEdit("unbalanced-quote.csv", 8, line -> withField(line, 3, "\"1"));
        csvEdit("quote-inside-unquoted-field.csv", 8, line -> withField(line, 3, "1\"2"));
        csvEdit("ragged-row-short.csv", 9, line -> line.substring(0, line.lastIndexOf(';')));
        csvEdit("ragged-row-quoted-newline-nul.csv", 10,
                line -> withField(line.substring(0, line.lastIndexOf(';')), 3, "\"1\n\0 2\""));
        csvEdit("ragged-row-long.csv", 11, line -> line + ";1");
        List<String> comma = cati();
        comma.replaceAll(line -> line.replace(';', ','));
        writeLines("wrong-delimiter-comma.csv", comma, "\n");
        csvEdit("header-missing-mapped-column.csv", 1, header -> header.replace(";V603;", ";V603_OUD;"));
        csvEdit("duplicate-header.csv", 1, header -> header.replace(";V604;", ";V603;"));

        byte[] plain = (String.join("\n", cati()) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        Files.write(csv.resolve("bom.csv"), bom);

        List<String> mixed = cati();
        mixed.add(sample().get(SAMPLE_LINE_WITH_A_REJECT - 1)); // a reject, to see its line number hold
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < mixed.size(); i++) {
            text.append(mixed.get(i)).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        Files.writeString(csv.resolve("crlf-lf-mixed.csv"), text, StandardCharsets.UTF_8);

        Files.write(csv.resolve("empty.csv"), new byte[0]);
        Files.writeString(csv.resolve("blank-lines.csv"), "\n\n\r\n");
        Files.writeString(csv.resolve("header-only.csv"), cati().get(0) + "\n");
        csvEdit("nul-in-answer.csv", 6, line -> withField(line, 4, "1\0"));
        csvEdit("nul-in-id.csv", 7, line -> withField(line, 0, line.split(";", -1)[0] + "\0\0"));
        Files.write(csv.resolve("nul-bytes-only.csv"), new byte[4096]);
        Files.write(csv.resolve("utf-16.csv"), // big-endian with a BOM, as some tools save
                (String.join("\n", cati()) + "\n").getBytes(StandardCharsets.UTF_16));
    }

    /** The sample CATI export's lines, without their line ends. */
    static List<String> sample() throws IOException {
        return Files.readAllLines(Path.of("sample-data/wave-2024/cati.csv"), StandardCharsets.UTF_8);
    }

    /** The header and the first {@value #CATI_RECORDS} records of the sample CATI export. */
    static List<String> cati() throws IOException {
        return new ArrayList<>(sample().subList(0, 1 + CATI_RECORDS));
    }

    private void csvEdit(String name, int line, UnaryOperator<String> edit) throws IOException {
        List<String> lines = cati();
        lines.set(line - 1, edit.apply(lines.get(line - 1)));
        writeLines(name, lines, "\n");
    }

    private void writeLines(String name, List<String> lines, String end) throws IOException {
        write(csv.resolve(name), lines, end, StandardCharsets.UTF_8);
    }

    private static void write(Path file, List<String> lines, String end, Charset charset) throws IOException {
        Files.write(file, (String.join(end, lines) + end).getBytes(charset));
    }

    static String withField(String line, int index, String value) {
        String[] fields = line.split(";", -1);
        fields[index] = value;
        return String.join(";", fields);
    }

    // ---------------------------------------------------------------- XLSX

    private void writeXlsx() throws Exception {
        byte[] base = cawi();

        ByteArrayOutputStream notAWorkbook = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(notAWorkbook)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        Files.write(xlsx.resolve("zip-not-a-workbook.xlsx"), notAWorkbook.toByteArray());
        Files.write(xlsx.resolve("truncated.xlsx"), Arrays.copyOf(base, base.length / 2));

        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("geheim");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(base);
            }
            try (OutputStream file = Files.newOutputStream(xlsx.resolve("encrypted.xlsx"))) {
                fs.writeFilesystem(file);
            }
        }

        xlsxEdit("formula-cached-values.xlsx", base, (wb, sheet) -> {
            Row row = sheet.getRow(1);
            Cell answer = fresh(row, column(sheet, "Gebruik van AI"));
            answer.setCellFormula("\"Helemaal niet\"");   // evaluating it would give helemaal_niet
            answer.setCellValue("In hoge mate");           // the cached result the export carries
            String sbiValue = text(row.getCell(column(sheet, "SBI-code")));
            Cell sbi = fresh(row, column(sheet, "SBI-code"));
            sbi.setCellFormula("1+1");                    // evaluating it would give 2
            sbi.setCellValue(Double.parseDouble(sbiValue));
        });
        xlsxEdit("formula-without-cached-value.xlsx", base, (wb, sheet) -> {
            // never calculated: no cached value in the file
            fresh(sheet.getRow(2), column(sheet, "Banen erbij door AI")).setCellFormula("\"Ja\"");
        });
        xlsxEdit("numbers-where-text-expected.xlsx", base, (wb, sheet) -> {
            Row row = sheet.getRow(3);
            CellStyle oneDecimal = wb.createCellStyle();
            oneDecimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            Cell sbi = fresh(row, column(sheet, "SBI-code"));
            sbi.setCellValue(4711d);
            sbi.setCellStyle(oneDecimal);
            Cell employees = fresh(row, column(sheet, "Aantal werkzame personen"));
            employees.setCellValue(12d);
            employees.setCellStyle(oneDecimal);
        });
        xlsxEdit("merged-answer-cells.xlsx", base, (wb, sheet) -> {
            int first = column(sheet, "Banen verdwijnen door AI");
            fresh(sheet.getRow(4), first).setCellValue("Nee");
            sheet.addMergedRegion(new CellRangeAddress(4, 4, first, first + 1));
        });
        xlsxEdit("merged-header-cells.xlsx", base, (wb, sheet) -> {
            int first = column(sheet, "Banen verdwijnen door AI");
            sheet.getRow(0).getCell(first + 1).setBlank();
            sheet.addMergedRegion(new CellRangeAddress(0, 0, first, first + 1));
        });
        xlsxEdit("hidden-answer-sheet.xlsx", base, (wb, sheet) -> {
            wb.createSheet("Toelichting").createRow(0).createCell(0).setCellValue("Lees dit eerst");
            wb.setSheetOrder("Toelichting", 0);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            wb.setSheetHidden(wb.getSheetIndex("Antwoorden"), true);
        });
        xlsxEdit("header-only.xlsx", base, (wb, sheet) -> {
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                if (sheet.getRow(r) != null) {
                    sheet.removeRow(sheet.getRow(r));
                }
            }
        });
        xlsxEdit("error-cell.xlsx", base, (wb, sheet) -> fresh(sheet.getRow(5), column(sheet, "Banen erbij door AI"))
                .setCellErrorValue(FormulaError.NA.getCode()));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx.resolve("empty-sheet.xlsx"))) {
            wb.createSheet("Antwoorden");
            wb.write(out);
        }

        // 5 MB of spaces in the sheet's XML: a few KB compressed, past POI's inflation ratio limit
        Files.write(xlsx.resolve("zip-bomb.xlsx"), Zips.rewriteEntry(base, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(5_000_000))));
        String doctype = "<!DOCTYPE %s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        Files.write(xlsx.resolve("xxe-doctype.xlsx"), Zips.rewriteEntry(base, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("\\?>", "?>" + doctype.formatted("worksheet"))));
        Files.write(xlsx.resolve("xxe-shared-strings.xlsx"), Zips.rewriteEntry(base, "xl/sharedStrings.xml",
                xml -> {
                    String declared = xml.replaceFirst("\\?>", "?>" + doctype.formatted("sst"));
                    String entity = "<si><t>&x;</t></si>"; // a shared string that would be the file's text
                    return declared.contains("</sst>") ? declared.replace("</sst>", entity + "</sst>")
                            : declared.replaceFirst("(<sst[^>]*?)\\s*/>", "$1>" + entity + "</sst>");
                }));
        new HostileWorkbookWriter(xlsx, base, doctype).write();
    }

    /** The sample CAWI export cut to its header and first {@value #CAWI_ROWS} rows. */
    static byte[] cawi() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Path.of("sample-data/wave-2024/cawi.xlsx")))) {
            Sheet sheet = wb.getSheet("Antwoorden");
            for (int r = sheet.getLastRowNum(); r > CAWI_ROWS; r--) {
                if (sheet.getRow(r) != null) {
                    sheet.removeRow(sheet.getRow(r));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @FunctionalInterface
    interface SheetEdit {
        void edit(XSSFWorkbook wb, Sheet sheet) throws Exception;
    }

    private void xlsxEdit(String name, byte[] base, SheetEdit edit) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(base));
                OutputStream out = Files.newOutputStream(xlsx.resolve(name))) {
            edit.edit(wb, wb.getSheet("Antwoorden"));
            wb.write(out);
        }
    }

    static int column(Sheet sheet, String name) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalStateException("no column " + name);
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
