package nl.weegschaal.ingest;

import static nl.weegschaal.ingest.HostileCorpusWriter.column;
import static nl.weegschaal.ingest.HostileCorpusWriter.fresh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.weegschaal.testing.Zips;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbooks of the hostile corpus for issue 11, written by {@link HostileCorpusWriter} (not a test):
 * a DOCTYPE in each part POI parses when it opens the package or the workbook (POI logged its stack
 * trace, and for the core properties went on with exit 0), broken XML in the parts it parses, a zip cut
 * inside its table of contents, two sheets of the answers' name, and SBI codes stored as numbers in
 * zero-padding formats. What each must give is in {@code src/test/resources/hostile/README.md}.
 */
final class HostileWorkbookWriter {
    private final Path xlsx;
    private final byte[] base;
    private final String doctype;

    /**
     * @param xlsx    the corpus's folder of workbooks
     * @param base    the cut sample workbook
     * @param doctype a DOCTYPE declaring the external entity {@code x}, {@code %s} for the root element
     */
    HostileWorkbookWriter(Path xlsx, byte[] base, String doctype) {
        this.xlsx = xlsx;
        this.base = base.clone();
        this.doctype = doctype;
    }

    void write() throws Exception {
        writePackageParts();
        writeSheetNames();
        writeZeroPaddedNumbers();
    }

    private void writePackageParts() throws Exception {
        String[][] parts = {
            {"xxe-content-types.xlsx", "[Content_Types].xml", "Types"},
            {"xxe-package-rels.xlsx", "_rels/.rels", "Relationships"},
            {"xxe-app-properties.xlsx", "docProps/app.xml", "Properties"},
            {"xxe-workbook-rels.xlsx", "xl/_rels/workbook.xml.rels", "Relationships"},
            {"xxe-workbook.xlsx", "xl/workbook.xml", "workbook"},
            {"xxe-styles.xlsx", "xl/styles.xml", "styleSheet"}};
        for (String[] part : parts) {
            Files.write(xlsx.resolve(part[0]), Zips.rewriteEntry(base, part[1], xml -> declared(xml, part[2])));
        }
        // the core properties use the entity too: the author would be the file's text
        Files.write(xlsx.resolve("xxe-core-properties.xlsx"), Zips.rewriteEntry(base, "docProps/core.xml",
                xml -> declared(xml, "cp:coreProperties")
                        .replace("<dc:creator>Apache POI</dc:creator>", "<dc:creator>&x;</dc:creator>")));
        Files.write(xlsx.resolve("broken-core-properties.xlsx"), Zips.rewriteEntry(base, "docProps/core.xml",
                xml -> xml.substring(0, xml.length() / 2)));
        Files.write(xlsx.resolve("broken-shared-strings.xlsx"), Zips.rewriteEntry(withSharedStrings(),
                "xl/sharedStrings.xml", xml -> xml.substring(0, xml.length() / 2)));
        // cut inside the zip's table of contents (the central directory at its end), every part whole
        Files.write(xlsx.resolve("truncated-table-of-contents.xlsx"), Arrays.copyOf(base, base.length - 30));
    }

    private String declared(String xml, String root) {
        return xml.replaceFirst("\\?>", "?>" + doctype.formatted(root));
    }

    /** The cut workbook with its texts as shared strings (the sample's are inline strings). */
    private byte[] withSharedStrings() throws Exception {
        return edited((wb, sheet) -> {
            List<Cell> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell);
                    }
                }
            }
            for (Cell cell : texts) {
                String value = cell.getStringCellValue();
                fresh(cell.getRow(), cell.getColumnIndex()).setCellValue(value);
            }
        });
    }

    /** Two sheets of the answers' name: Excel and POI refuse that, so a copy is made and renamed in the XML. */
    private void writeSheetNames() throws Exception {
        byte[] caseCopy = edited((wb, sheet) -> {
            wb.cloneSheet(wb.getSheetIndex("Antwoorden"), "Kopie");
            wb.setSheetOrder("Kopie", 0);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
        });
        Files.write(xlsx.resolve("sheet-names-differing-in-case.xlsx"), Zips.rewriteEntry(caseCopy, "xl/workbook.xml",
                xml -> xml.replace("name=\"Kopie\"", "name=\"antwoorden\"")));
        byte[] hiddenCopy = edited((wb, sheet) -> {
            Sheet old = wb.cloneSheet(wb.getSheetIndex("Antwoorden"), "Kopie");
            for (int r = old.getLastRowNum(); r > 3; r--) { // an older, shorter version of the answers
                if (old.getRow(r) != null) {
                    old.removeRow(old.getRow(r));
                }
            }
            wb.setSheetOrder("Kopie", 0);
            wb.setActiveSheet(1);
            wb.setSelectedTab(1);
            wb.setSheetHidden(0, true);
        });
        Files.write(xlsx.resolve("hidden-duplicate-sheet-first.xlsx"), Zips.rewriteEntry(hiddenCopy, "xl/workbook.xml",
                xml -> xml.replace("name=\"Kopie\"", "name=\"Antwoorden\"")));
    }

    /** Rows 7 and 9: SBI codes 111 and 1131 as numbers formatted 0000 and 00000, shown 0111 and 01131. */
    private void writeZeroPaddedNumbers() throws Exception {
        Files.write(xlsx.resolve("sbi-numbers-in-zero-padding-formats.xlsx"), edited((wb, sheet) -> {
            int sbi = column(sheet, "SBI-code");
            padded(wb, fresh(sheet.getRow(6), sbi), 111, "0000");
            padded(wb, fresh(sheet.getRow(8), sbi), 1131, "00000");
        }));
    }

    private static void padded(XSSFWorkbook wb, Cell cell, double value, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private byte[] edited(HostileCorpusWriter.SheetEdit edit) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(base))) {
            edit.edit(wb, wb.getSheet("Antwoorden"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
