package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one question's trend sheet: question, base and unit above the table; per category a group of
 * columns with, per wave, the percentage and its published interval as the wave workbook shows them,
 * and after each wave but the first the change from the wave before in points (a number, with
 * {@link TrendLabels#UP} or {@link TrendLabels#DOWN} in its format where significant); notes on the
 * marks used and the source line below; then, on a page of its own, the line chart of the total and the
 * cells it is drawn from ({@link TrendChartData}). Printing: {@link TrendPage}.
 */
final class TrendSheet {
    static final int HEADER_ROW = 4;
    /** The first row of numbers (the total), below the category, wave and unit headings. */
    static final int FIRST_ROW = HEADER_ROW + 3;
    private static final int NUMBER_WIDTH = 7;
    private static final int INTERVAL_WIDTH = 11;
    private static final int CHANGE_WIDTH = 9;

    private TrendSheet() {
    }

    /** Columns per category: per wave a percentage and an interval, and a change for every wave but the first. */
    static int groupWidth(int waves) {
        return 3 * waves - 1;
    }

    /** The column of a wave's percentage in a category's group; its interval is the next column. */
    static int percentColumn(int category, int wave, int waves) {
        int group = 1 + category * groupWidth(waves);
        return wave == 0 ? group : group + 2 + 3 * (wave - 1);
    }

    /** The column of the change to a wave (1..) from the wave before it. */
    static int changeColumn(int category, int wave, int waves) {
        return percentColumn(category, wave, waves) + 2;
    }

    /** The sheet row of the table's {@code index}-th row: a breakdown's heading row comes before its first row. */
    static int rowOf(TrendTable table, int index) {
        int headings = 0;
        for (int i = 0; i <= index; i++) {
            headings += table.rows().get(i).firstOfGroup() ? 1 : 0;
        }
        return FIRST_ROW + index + headings;
    }

    static XSSFSheet write(XSSFWorkbook workbook, Styles styles, TrendStyles marks, TrendTable table, Labels labels,
                           TrendLabels trend, TrendData data) {
        XSSFSheet sheet = workbook.createSheet(table.question().sheet());
        int waves = table.waves().size();
        int categories = table.question().categories().size();
        int last = categories * groupWidth(waves);
        int labelWidth = Math.min(52, 2 + table.rows().stream().mapToInt(r -> r.label().length()).max().orElse(10));
        Sheets.width(sheet, 0, labelWidth);
        int groupChars = waves * (NUMBER_WIDTH + INTERVAL_WIDTH) + (waves - 1) * CHANGE_WIDTH;
        for (int c = 0; c < categories; c++) {
            for (int w = 0; w < waves; w++) {
                Sheets.width(sheet, percentColumn(c, w, waves), NUMBER_WIDTH);
                Sheets.width(sheet, percentColumn(c, w, waves) + 1, INTERVAL_WIDTH);
                if (w > 0) {
                    Sheets.width(sheet, changeColumn(c, w, waves), CHANGE_WIDTH);
                }
            }
        }
        TrendPage page = TrendPage.of(labelWidth, groupChars);
        // the text above and below the table wraps within the first page, so that no page cuts it
        int textEnd = page.lastColumnOfFirstPage(categories, waves);
        int pageWidth = page.firstPageChars(categories);
        QuestionSheet.paragraph(sheet, 0, textEnd, table.question().text(), styles.title, pageWidth, 1.25);
        QuestionSheet.paragraph(sheet, 1, textEnd, table.base(), styles.wrapped, pageWidth, 1);
        QuestionSheet.paragraph(sheet, 2, textEnd, trend.unit(table.question().multiple()), styles.wrapped,
                pageWidth, 1);
        headers(sheet, styles, table, trend, groupChars);

        int r = FIRST_ROW;
        for (TrendTable.Row row : table.rows()) {
            if (row.firstOfGroup()) {
                heading(sheet, styles, r++, labels.breakdown(row.domainVar()), last);
            }
            Sheets.text(sheet, r, 0, row.label(), row.domainVar().equals(Estimate.TOTAL) ? styles.totalLabel
                    : styles.rowLabel);
            for (int c = 0; c < categories; c++) {
                for (int w = 0; w < waves; w++) {
                    value(sheet, styles, labels, r, percentColumn(c, w, waves), row.cells().get(c).get(w));
                    if (w > 0) {
                        change(sheet, styles, marks, r, changeColumn(c, w, waves), row.changes().get(c).get(w));
                    }
                }
            }
            r++;
        }
        sheet.createFreezePane(1, FIRST_ROW);
        r = notes(sheet, styles, table, labels, trend, data, r + 1, textEnd, pageWidth);
        // the chart and its data on a page of their own, not cut by the page break after a long table
        int chartTop = r + 1;
        TrendChartData cells = TrendChartData.write(sheet, styles, table, labels, chartTop + TrendChart.HEIGHT_ROWS + 1);
        TrendChart.draw(sheet, table, labels, cells, chartTop, textEnd);
        page.apply(sheet, chartTop, cells.lastRow(), last, categories, waves);
        return sheet;
    }

    private static void headers(XSSFSheet sheet, Styles styles, TrendTable table, TrendLabels trend, int groupChars) {
        int waves = table.waves().size();
        int headerLines = 1;
        for (int c = 0; c < table.question().categories().size(); c++) {
            String label = table.question().categories().get(c).label();
            int first = percentColumn(c, 0, waves);
            for (int col = first; col < first + groupWidth(waves); col++) {
                Sheets.text(sheet, HEADER_ROW, col, col == first ? label : "", styles.header);
            }
            if (groupWidth(waves) > 1) {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, first, first + groupWidth(waves) - 1));
            }
            headerLines = Math.max(headerLines, Wrap.lines(label, groupChars - 2));
            for (int w = 0; w < waves; w++) {
                int column = percentColumn(c, w, waves);
                Sheets.text(sheet, HEADER_ROW + 1, column, table.waves().get(w), styles.header);
                Sheets.text(sheet, HEADER_ROW + 1, column + 1, "", styles.header);
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW + 1, HEADER_ROW + 1, column, column + 1));
                Sheets.text(sheet, HEADER_ROW + 2, column, "%", styles.subHeader);
                Sheets.text(sheet, HEADER_ROW + 2, column + 1, "interval", styles.subHeader);
                if (w > 0) {
                    Sheets.text(sheet, HEADER_ROW + 1, column + 2, trend.change(), styles.header);
                    Sheets.text(sheet, HEADER_ROW + 2, column + 2, trend.points(), styles.subHeader);
                }
            }
        }
        Sheets.row(sheet, HEADER_ROW).setHeightInPoints(13.5f * headerLines + 2);
        Sheets.text(sheet, HEADER_ROW + 2, 0, "", styles.subHeader);
    }

    /** A wave's cell pair as the wave workbook shows it; {@link TrendLabels#NOT_ASKED} where the wave lacks the question. */
    private static void value(XSSFSheet sheet, Styles styles, Labels labels, int r, int column,
                              QuestionTable.@org.jspecify.annotations.Nullable Value value) {
        if (value == null) {
            Sheets.text(sheet, r, column, TrendLabels.NOT_ASKED, styles.hidden);
            Sheets.text(sheet, r, column + 1, TrendLabels.NOT_ASKED, styles.hidden);
        } else if (value.suppressed()) {
            Sheets.text(sheet, r, column, CellMarks.HIDDEN, styles.hidden);
            Sheets.text(sheet, r, column + 1, CellMarks.HIDDEN, styles.hidden);
        } else {
            Sheets.number(sheet, r, column, value.percent(), value.indicative() ? styles.indicative : styles.percent);
            Sheets.text(sheet, r, column + 1, CellMarks.interval(value.lower(), value.upper(), labels.english()),
                    value.indicative() ? styles.marginIndicative : styles.margin);
        }
    }

    private static void change(XSSFSheet sheet, Styles styles, TrendStyles marks, int r, int column,
                               TrendTable.@org.jspecify.annotations.Nullable Change change) {
        if (change == null) {
            Sheets.text(sheet, r, column, TrendLabels.NOT_ASKED, styles.hidden);
        } else if (!change.shown()) {
            Sheets.text(sheet, r, column, CellMarks.HIDDEN, styles.hidden);
        } else {
            Sheets.number(sheet, r, column, change.points(), change.significant() ? marks.significant
                    : change.indicative() ? marks.indicative : marks.plain);
        }
    }

    private static int notes(XSSFSheet sheet, Styles styles, TrendTable table, Labels labels, TrendLabels trend,
                             TrendData data, int row, int lastColumn, int width) {
        List<String> notes = new ArrayList<>();
        if (table.waves().size() > 1) {
            notes.add(trend.markNote());
        }
        if (table.anyHidden()) {
            notes.add(labels.hiddenNote(data.notedMinRespondents()));
        }
        if (table.anySuppressed()) {
            notes.add(labels.suppressedNote(data.rules()));
        }
        if (table.anyHidden() || table.anySuppressed()) {
            notes.add(trend.hiddenChangeNote());
        }
        if (table.anyIndicative()) {
            notes.add(labels.indicativeNote(data.rules()));
        }
        if (table.anyNotAsked()) {
            notes.add(trend.notAskedNote());
        }
        notes.add(labels.marginNote(data.interval()));
        notes.add(trend.source(data.surveys()));
        int r = row;
        for (String note : notes) {
            QuestionSheet.paragraph(sheet, r++, lastColumn, note, styles.note, width, 0.9);
        }
        return r;
    }

    private static void heading(XSSFSheet sheet, Styles styles, int row, String title, int lastColumn) {
        Sheets.text(sheet, row, 0, title, styles.groupHeading);
        for (int c = 1; c <= lastColumn; c++) {
            Sheets.text(sheet, row, c, "", styles.groupLine);
        }
    }
}
