package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.spec.WaveSpec;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one question's sheet: question, base and unit above the table; a row per domain with a
 * percentage and its published interval (lower–upper, as text) per answer category and the respondents; footnotes for the marks used and
 * the source line below; then the bar chart.
 */
final class QuestionSheet {
    /** The first row of the table's header; rows above hold the question, base and unit. */
    static final int HEADER_ROW = 4;
    /** The first row of numbers (the total). */
    static final int FIRST_ROW = HEADER_ROW + 2;
    private static final int NUMBER_WIDTH = 8;
    /** Wide enough for the longest interval, {@code 100,0–100,0}. */
    private static final int INTERVAL_WIDTH = 12;

    private QuestionSheet() {
    }

    /**
     * The sheet row of the table's {@code index}-th row: below the total, each breakdown starts with a
     * heading row of its own (Grootteklasse, Sector), so rows shift by the headings above them.
     */
    static int rowOf(QuestionTable table, int index) {
        int headings = 0;
        for (int i = 0; i <= index; i++) {
            if (table.rows().get(i).firstOfGroup()) {
                headings++;
            }
        }
        return FIRST_ROW + index + headings;
    }

    /** The column of a category's percentage; its interval is the next column. */
    static int percentColumn(int category) {
        return 1 + 2 * category;
    }

    static XSSFSheet write(XSSFWorkbook workbook, Styles styles, WaveSpec spec, QuestionTable table,
                           Labels labels) {
        XSSFSheet sheet = workbook.createSheet(table.sheet());
        int categories = table.categories().size();
        int nColumn = percentColumn(categories);
        int labelWidth = Math.min(52, 2 + table.rows().stream().mapToInt(r -> r.label().length()).max().orElse(10));
        Sheets.width(sheet, 0, labelWidth);
        int tableWidth = labelWidth + NUMBER_WIDTH;
        int[] widths = new int[categories];
        for (int i = 0; i < categories; i++) {
            // a pair of columns at least as wide as the longest word of its label, so no word is broken
            widths[i] = Math.max(NUMBER_WIDTH, (Wrap.longestWord(table.categories().get(i).label()) + 3) / 2);
            Sheets.width(sheet, percentColumn(i), widths[i]);
            Sheets.width(sheet, percentColumn(i) + 1, Math.max(INTERVAL_WIDTH, widths[i]));
            tableWidth += widths[i] + Math.max(INTERVAL_WIDTH, widths[i]);
        }
        Sheets.width(sheet, nColumn, NUMBER_WIDTH);

        paragraph(sheet, 0, nColumn, table.title(), styles.title, tableWidth, 1.25);
        paragraph(sheet, 1, nColumn, table.base(), styles.wrapped, tableWidth, 1);
        paragraph(sheet, 2, nColumn, labels.unit(table.question().multiple()), styles.wrapped, tableWidth, 1);

        int headerLines = 1;
        for (int i = 0; i < categories; i++) {
            int column = percentColumn(i);
            String label = table.categories().get(i).label();
            Sheets.text(sheet, HEADER_ROW, column, label, styles.header);
            Sheets.text(sheet, HEADER_ROW, column + 1, "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, column, column + 1));
            Sheets.text(sheet, HEADER_ROW + 1, column, labels.percent(), styles.subHeader);
            Sheets.text(sheet, HEADER_ROW + 1, column + 1, labels.interval(), styles.subHeader);
            headerLines = Math.max(headerLines, Wrap.lines(label, 2 * widths[i] - 2));
        }
        Sheets.row(sheet, HEADER_ROW).setHeightInPoints(13.5f * headerLines + 2);
        Sheets.text(sheet, HEADER_ROW + 1, 0, "", styles.subHeader);
        Sheets.text(sheet, HEADER_ROW + 1, nColumn, labels.respondents(), styles.subHeader);

        int r = FIRST_ROW;
        for (QuestionTable.Row row : table.rows()) {
            if (row.firstOfGroup()) {
                heading(sheet, styles, r++, labels.breakdown(row.domainVar()), nColumn);
            }
            CellStyle labelStyle = row.domainVar().equals(Estimate.TOTAL) ? styles.totalLabel : styles.rowLabel;
            Sheets.text(sheet, r, 0, row.label(), labelStyle);
            if (row.status().hidden()) {
                for (int c = 1; c <= nColumn; c++) {
                    Sheets.text(sheet, r, c, CellMarks.HIDDEN, styles.hidden);
                }
            } else {
                for (int i = 0; i < categories; i++) {
                    value(sheet, styles, labels, r, percentColumn(i), row.values().get(i));
                }
                Sheets.number(sheet, r, nColumn, row.n(), styles.count);
            }
            r++;
        }
        sheet.createFreezePane(1, FIRST_ROW);

        List<String> notes = new ArrayList<>();
        if (table.anyHidden()) {
            notes.add(labels.hiddenNote(spec.publication().minRespondents()));
        }
        if (table.anySuppressed()) {
            notes.add(labels.suppressedNote(spec.publication().reliability()));
        }
        if (table.anyIndicative()) {
            notes.add(labels.indicativeNote(spec.publication().reliability()));
        }
        notes.add(labels.marginNote(spec.publication().interval()));
        notes.add(labels.source(spec.sourceLine()));
        r++;
        for (String note : notes) {
            paragraph(sheet, r++, nColumn, note, styles.note, tableWidth, 0.9);
        }
        int chartTop = r + 1;
        int chartBottom = BarChart.draw(sheet, table, labels, chartTop, nColumn);
        Sheets.page(sheet, chartBottom, nColumn, 1);
        return sheet;
    }

    /**
     * One category's cell pair: {@link CellMarks#HIDDEN} twice for a suppressed cell; otherwise the
     * percentage as a number and the interval as text, both in grey italics when indicative.
     */
    private static void value(XSSFSheet sheet, Styles styles, Labels labels, int r, int column,
                              QuestionTable.Value value) {
        if (value.suppressed()) {
            Sheets.text(sheet, r, column, CellMarks.HIDDEN, styles.hidden);
            Sheets.text(sheet, r, column + 1, CellMarks.HIDDEN, styles.hidden);
            return;
        }
        Sheets.number(sheet, r, column, value.percent(), value.indicative() ? styles.indicative : styles.percent);
        Sheets.text(sheet, r, column + 1, CellMarks.interval(value.lower(), value.upper(), labels.english()),
                value.indicative() ? styles.marginIndicative : styles.margin);
    }

    /** A breakdown's heading row, with a line across the whole table above it. */
    private static void heading(XSSFSheet sheet, Styles styles, int row, String title, int lastColumn) {
        Sheets.text(sheet, row, 0, title, styles.groupHeading);
        for (int c = 1; c <= lastColumn; c++) {
            Sheets.text(sheet, row, c, "", styles.groupLine);
        }
    }

    /** A text merged across the table's width, wrapped, with its row's height fitted to the lines. */
    static void paragraph(XSSFSheet sheet, int row, int lastColumn, String text, CellStyle style, int width,
                          double scale) {
        Sheets.text(sheet, row, 0, text, style);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
        }
        int lines = Wrap.lines(text, (int) (width / scale));
        Sheets.row(sheet, row).setHeightInPoints((float) (13.5 * scale * lines + 1));
    }
}
