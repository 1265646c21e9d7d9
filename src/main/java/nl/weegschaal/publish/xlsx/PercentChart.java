package nl.weegschaal.publish.xlsx;

import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The frame every chart of the workbooks shares: placed from row {@code top}, column 0, to column
 * {@code columns}, {@code rows} rows high; the title above the plot, the legend below it, and the
 * value axis in whole weighted percentages from 0 with grid lines. The bar chart of a wave and the
 * line chart of a trend add their data to it.
 */
record PercentChart(XSSFChart chart, XDDFCategoryAxis categories, XDDFValueAxis percent) {

    static PercentChart place(XSSFSheet sheet, int top, int columns, int rows, String title, Labels labels) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, columns, top + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis percent = chart.createValueAxis(AxisPosition.LEFT);
        percent.setCrosses(AxisCrosses.AUTO_ZERO);
        percent.setCrossBetween(AxisCrossBetween.BETWEEN);
        percent.setMinimum(0);
        percent.setNumberFormat("0");
        percent.getOrAddMajorGridProperties();
        percent.setTitle(labels.t("Gewogen percentage", "Weighted percentage"));
        return new PercentChart(chart, categories, percent);
    }
}
