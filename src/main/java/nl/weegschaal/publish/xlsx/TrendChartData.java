package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The cells a question's line chart is drawn from ("Gegevens grafiek", "Chart data"), below the chart: per
 * category a row (its label in the first column, as the series' name), per wave the total's percentage in
 * the wave's percentage column of the table's first category group, under the wave's name. A percentage
 * the wave does not publish (or a wave that did not ask the question) is an empty cell, which the chart,
 * set to show blanks as gaps, leaves out of the line while drawing the rest of it. A chart series of
 * literal values with a missing point is not drawn at all by LibreOffice, and one that refers to the
 * table's {@code x} would be drawn as 0; so the chart refers to these cells, which a report writer can
 * also copy to make a chart of their own.
 *
 * @param waves    the cells of the waves' names (the x axis), a union of single cells
 * @param titles   per category, the cell of its label
 * @param values   per category, its percentages, a union of single cells
 * @param lastRow  the block's last row
 */
record TrendChartData(String waves, List<CellReference> titles, List<String> values, int lastRow) {

    /** Writes the block from row {@code top} (its heading); returns where its cells are. */
    static TrendChartData write(XSSFSheet sheet, Styles styles, TrendTable table, Labels labels, int top) {
        int count = table.waves().size();
        List<Integer> columns = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            columns.add(TrendSheet.percentColumn(0, w, count));
        }
        Sheets.text(sheet, top, 0, labels.t("Gegevens grafiek", "Chart data") + " ("
                + labels.total().toLowerCase(java.util.Locale.ROOT) + ", %)", styles.bold);
        int header = top + 1;
        Sheets.text(sheet, header, 0, "", styles.header);
        for (int w = 0; w < count; w++) {
            int column = columns.get(w);
            Sheets.text(sheet, header, column, table.waves().get(w), styles.header);
            Sheets.text(sheet, header, column + 1, "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(header, header, column, column + 1));
        }
        TrendTable.Row total = table.rows().get(0);
        List<CellReference> titles = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < table.question().categories().size(); c++) {
            int row = header + 1 + c;
            Sheets.text(sheet, row, 0, table.question().categories().get(c).label(), styles.rowLabel);
            for (int w = 0; w < count; w++) {
                QuestionTable.Value value = total.cells().get(c).get(w);
                if (value != null && !value.suppressed()) {
                    Sheets.number(sheet, row, columns.get(w), value.percent(), styles.percent);
                }
                // an unpublished percentage stays an empty cell: a gap in the line, never a zero
            }
            titles.add(new CellReference(sheet.getSheetName(), row, 0, true, true));
            values.add(TrendChart.reference(sheet, row, columns));
        }
        return new TrendChartData(TrendChart.reference(sheet, header, columns), titles, values,
                header + table.question().categories().size());
    }
}
