package nl.weegschaal.publish.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a trend sheet prints, on landscape A4: whole category groups per page (as many as fit beside the row
 * labels at a readable size), the row labels repeated on every page, the table with its notes on one page
 * and the chart with its data on the next. Excel and LibreOffice both ignore manual page breaks on a sheet
 * set to fit to a number of pages, so the sheet has a fixed scale instead, worked out from the column
 * widths and row heights, and manual breaks between the groups and before the chart.
 *
 * @param labelWidth the row labels' column width in characters
 * @param groupChars a category group's width in characters
 * @param perPage    the category groups on a page
 */
record TrendPage(int labelWidth, int groupChars, int perPage) {
    /** About the characters that fit across a landscape A4 page at a readable size. */
    static final int PAGE_CHARS = 170;
    /** The printable area of landscape A4 within the default margins (0.7 inch left and right, 0.75 top and bottom), in points. */
    private static final double PRINTABLE_WIDTH = 841.9 - 2 * 0.7 * 72;
    private static final double PRINTABLE_HEIGHT = 595.3 - 2 * 0.75 * 72;
    /** Below this the text is too small to read; a longer table then runs on to a next page. */
    private static final int MIN_SCALE = 55;

    static TrendPage of(int labelWidth, int groupChars) {
        return new TrendPage(labelWidth, groupChars, Math.max(1, (PAGE_CHARS - labelWidth) / groupChars));
    }

    /** The last column of the first page: the row labels and the first page's category groups. */
    int lastColumnOfFirstPage(int categories, int waves) {
        return Math.min(categories, perPage) * TrendSheet.groupWidth(waves);
    }

    /** The characters across the first page, for wrapping the text above and below the table. */
    int firstPageChars(int categories) {
        return labelWidth + Math.min(categories, perPage) * groupChars;
    }

    /**
     * Sets the print area (to {@code lastRow}, {@code lastColumn}), the scale, a page break after
     * {@code tableEnd} (the row after the table's notes) and between the category groups.
     */
    void apply(XSSFSheet sheet, int tableEnd, int lastRow, int lastColumn, int categories, int waves) {
        Sheets.page(sheet, lastRow, lastColumn, 0);
        sheet.setFitToPage(false);
        PrintSetup print = sheet.getPrintSetup();
        print.setScale((short) scale(sheet, tableEnd, lastColumnOfFirstPage(categories, waves)));
        sheet.setRowBreak(tableEnd - 1);
        if (categories > perPage) {
            for (int c = perPage; c < categories; c += perPage) {
                sheet.setColumnBreak(TrendSheet.percentColumn(c, 0, waves) - 1);
            }
            sheet.setRepeatingColumns(new CellRangeAddress(0, lastRow, 0, 0));
        }
    }

    /** The largest scale (percent) at which the first page's columns and the table's rows fit on a page. */
    private static int scale(XSSFSheet sheet, int tableEnd, int lastColumn) {
        double width = 0;
        for (int c = 0; c <= lastColumn; c++) {
            // a column of w characters is 7w + 5 pixels wide in the default font, 0.75 point a pixel
            width += (sheet.getColumnWidth(c) / 256.0 * 7 + 5) * 0.75;
        }
        double height = 0;
        for (int r = 0; r < tableEnd; r++) {
            Row row = sheet.getRow(r);
            height += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        double fit = Math.min(PRINTABLE_WIDTH / width, PRINTABLE_HEIGHT / height);
        return (int) Math.max(MIN_SCALE, Math.min(100, Math.floor(fit * 100)));
    }
}
