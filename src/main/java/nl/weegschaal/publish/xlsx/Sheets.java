package nl.weegschaal.publish.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellUtil;

/**
 * Small helpers shared by the sheets. Text always goes in with {@code setCellValue(String)}, which
 * writes a string cell: a label such as {@code =1+1} or {@code -bijna niets} is never a formula.
 * Such text is also marked quote-prefixed (Excel's leading apostrophe), so that a report writer who
 * edits the cell, or a program that copies it as text into another sheet, does not turn it into one.
 */
final class Sheets {
    /** Width of one character in POI's column width unit (1/256 of a character). */
    private static final int CHAR = 256;

    private Sheets() {
    }

    static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    static Cell text(Sheet sheet, int row, int column, String value, CellStyle style) {
        Cell cell = row(sheet, row).createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        if (looksLikeFormula(value)) {
            // finds or makes the same style with the quote prefix, so styles are not multiplied per cell
            CellUtil.setCellStyleProperty(cell, CellPropertyType.QUOTE_PREFIXED, true);
        }
        return cell;
    }

    /** Text that a spreadsheet would read as a formula when typed or pasted (OWASP's CSV-injection list). */
    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    static Cell number(Sheet sheet, int row, int column, double value, CellStyle style) {
        Cell cell = row(sheet, row).createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** Sets a column's width in characters (fitted from the text lengths, no font metrics needed). */
    static void width(Sheet sheet, int column, int characters) {
        sheet.setColumnWidth(column, Math.min(255, Math.max(4, characters)) * CHAR);
    }

    /**
     * Landscape A4 with a print area, fitted to the page width and to {@code pagesHigh} pages high
     * (0: as many as needed).
     */
    static void page(Sheet sheet, int lastRow, int lastColumn, int pagesHigh) {
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) pagesHigh);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }
}
