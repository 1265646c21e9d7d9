package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nl.weegschaal.testing.Zips;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The sheet reader reads every cell as POI's own streaming reader ({@link XSSFSheetXMLHandler}) reads the
 * same sheet: a differential test over sheets written by hand with every kind of cell and the odd
 * corners real files have (rows and cells without a reference, shared-string indices with spaces, rich
 * inline strings, unknown styles, text that is not a number in a number cell, elements of other
 * namespaces, prefixed and unnamespaced SpreadsheetML).
 */
class XlsxCellReaderTest {
    private static final String MAIN = XlsxCellReader.SPREADSHEET_ML;
    /** Styles 1-4 of the workbook: a date, a zero-padding format, the Text format, one decimal. */
    private static final String SHEET = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="%s" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">
            <sheetData>
            <row r="1" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v> 1 </v></c>\
            <c r="C1" t="inlineStr"><is><t>plain</t></is></c>\
            <c r="D1" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>runs</t></r></is></c>\
            <c r="E1" t="inlineStr"><is><t>_x0041_ escaped</t></is></c><c r="F1" x14ac:t="s"><v>2</v></c></row>
            <row r="3"><c r="A3" s="1"><v>45352</v></c><c r="B3" s="1"><v>45352.5729</v></c><c r="C3" s="2"><v>111</v></c>\
            <c r="D3" s="3"><v>111</v></c><c r="E3" s="4"><v>12.5</v></c><c r="F3"><v>0.30000000000000004</v></c>\
            <c r="G3" s="99"><v>7</v></c><c r="H3" t="n" s="2"><v>42</v></c><c r="I3" s=" 2 "><v> 5 </v></c></row>
            <row><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c>\
            <c t="str"><f>A1</f><v>text result</v></c><c s="2"><f>1+1</f><v>7</v></c>\
            <c t="str" s="2"><f>"0111"</f><v>0111</v></c><c t="b"><f>TRUE()</f><v>1</v></c></row>
            <row r="6"><c r="B6"><v></v></c><c r="C6" s="2"/><c r="D6" t="d"><v>2024-03-01</v></c>\
            <c r="E6" s="2"><v>not a number</v></c><c r="F6" t="s"><v></v></c><c r="G6"><v>1e3</v></c>\
            <c r="H6"><extLst><ext xmlns="urn:other"><v>hidden</v></ext></extLst><v>5</v></c>\
            <c r="I6" t="s"><v>x</v></c><c r="J6"><![CDATA[9]]><v><![CDATA[8]]></v></c></row>
            <row r="7"><c r="A7" s="1"><v>0.75</v></c><c r="C7" s="1"><v>-1</v></c><c r="Z7" t="inlineStr"><is/></c></row>
            </sheetData></worksheet>
            """;

    @TempDir
    Path dir;

    @Test
    void readsEveryKindOfCellAsPoisStreamingReaderDoes() throws Exception {
        Path file = workbook("cells.xlsx", SHEET.formatted(MAIN));
        List<String> cells = read(file);
        assertThat(cells).isEqualTo(readByPoi(file));
        // what those are, so that the comparison cannot pass on two empty readings
        assertThat(cells).contains("1:A=Ja", "1:B=Nee", "1:D=rich runs", "1:E=A escaped", "3:A=2024-03-01",
                "3:C=0111", "3:D=111", "3:E=12.5", "3:F=0.3", "3:G=7", "3:I=0005", "4:A=TRUE", "4:B=FALSE", "4:C=#N/A",
                "4:D=text result", "4:E=0007", "4:F=0111", "6:D=2024-03-01", "6:E=not a number", "6:G=1000", "6:H=5",
                "6:J=8", "7:A=18:00:00", "7:C=-1");
        assertThat(cells).noneMatch(cell -> cell.contains("hidden"));
    }

    @Test
    void readsPrefixedSpreadsheetMlAsPoiDoes() throws Exception {
        String prefixed = SHEET.formatted(MAIN).replaceAll("<(/?)([a-zA-Z]+)(?=[\\s>/])", "<$1x:$2")
                .replace("xmlns=\"" + MAIN + "\"", "xmlns:x=\"" + MAIN + "\"");
        Path file = workbook("prefixed.xlsx", prefixed);
        assertThat(read(file)).isEqualTo(readByPoi(file)).contains("1:A=Ja", "4:E=0007");
    }

    @Test
    void readsNothingOfASheetOutsideSpreadsheetMlAsPoiDoes() throws Exception {
        Path other = workbook("other.xlsx", SHEET.formatted("urn:not-spreadsheetml"));
        assertThat(read(other)).isEqualTo(readByPoi(other)).isEmpty();
        Path none = workbook("none.xlsx", SHEET.formatted(MAIN).replace(" xmlns=\"" + MAIN + "\"", ""));
        assertThat(read(none)).as("elements without a namespace").isEqualTo(readByPoi(none)).isEmpty();
    }

    /** A workbook of one sheet "S" with the given XML, the four styles and the shared strings Ja, Nee, Weet niet. */
    private Path workbook(String name, String sheetXml) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("S");
            XSSFRow row = sheet.createRow(0);
            String[] formats = {"yyyy-mm-dd", "0000", "@", "0.0"};
            for (int i = 0; i < formats.length; i++) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
                assertThat((int) style.getIndex()).isEqualTo(i + 1);
            }
            row.createCell(0).setCellValue("Ja");
            row.createCell(1).setCellValue("Nee");
            row.createCell(2).setCellValue("Weet niet");
            wb.write(out);
        }
        Files.write(file, Zips.rewriteEntry(Files.readAllBytes(file), "xl/worksheets/sheet1.xml", xml -> sheetXml));
        return file;
    }

    /** Every non-empty cell as row:column=text, as the sheet parser reads it. */
    private static List<String> read(Path file) {
        List<String> cells = new ArrayList<>();
        try (XlsxSheetParser parser = XlsxSheetParser.open(file, "S")) {
            for (XlsxSheetParser.Row row = parser.next(); row != null; row = parser.next()) {
                for (int c = 0; c < row.cells().length; c++) {
                    if (!row.cells()[c].isEmpty()) {
                        cells.add(row.number() + ":" + XlsxSheetParser.columnName(c) + "=" + row.cells()[c]);
                    }
                }
            }
        }
        return cells;
    }

    /** The same, as POI's streaming reader reads the sheet, with the same number formatting; an error is its code. */
    private static List<String> readByPoi(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XlsxWorkbook wb = XlsxWorkbook.open(file, "S")) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(new XSSFSheetXMLHandler(wb.styles(), wb.strings(), new Collector(cells),
                    new XlsxCellText(wb.date1904()), false));
            reader.parse(new InputSource(wb.sheet()));
        }
        return cells;
    }

    /** POI's cells put in rows as the sheet parser puts them: by column, a later cell of a column replacing an earlier. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String> cells;
        private final TreeMap<Integer, String> row = new TreeMap<>();
        private long number;
        private int column;

        Collector(List<String> cells) {
            this.cells = cells;
        }

        @Override
        public void startRow(int index) {
            number = index + 1L;
            column = -1;
        }

        @Override
        public void endRow(int index) {
            row.forEach((c, value) -> cells.add(number + ":" + XlsxSheetParser.columnName(c) + "=" + value));
            row.clear();
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            column = reference == null ? column + 1 : new org.apache.poi.ss.util.CellReference(reference).getCol();
            if (value != null && !value.isEmpty()) {
                row.put(column, value.startsWith("ERROR:") ? value.substring("ERROR:".length()) : value);
            }
        }
    }
}
