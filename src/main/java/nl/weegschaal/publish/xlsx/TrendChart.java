package nl.weegschaal.publish.xlsx;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * A native line chart of a question's trend: the waves along the x axis, one line per category (in the
 * table's order), the total row's percentages. The series refer to the chart's data block below it
 * ({@link TrendChartData}), where an unpublished percentage is an empty cell; with blanks shown as gaps
 * its line is drawn with a gap there (never a zero), in Excel and in LibreOffice alike.
 */
final class TrendChart {
    /** The wave workbook's colours, in order; the don't-know category is grey. */
    private static final byte[][] PALETTE = {
        {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0xC5, (byte) 0x5A, (byte) 0x11},
        {(byte) 0x70, (byte) 0xAD, (byte) 0x47}, {(byte) 0x5B, (byte) 0x9B, (byte) 0xD5},
        {(byte) 0x7F, (byte) 0x60, (byte) 0x84}, {(byte) 0xF4, (byte) 0xB1, (byte) 0x83},
        {(byte) 0x2E, (byte) 0x75, (byte) 0xB6}, {(byte) 0x9D, (byte) 0xC3, (byte) 0xE6}};
    private static final byte[] GREY = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6};
    static final int HEIGHT_ROWS = 20;

    private TrendChart() {
    }

    /** Draws the chart from row {@code top} to column {@code lastColumn}; returns the row below it. */
    static int draw(XSSFSheet sheet, TrendTable table, Labels labels, TrendChartData cells, int top, int lastColumn) {
        PercentChart frame = PercentChart.place(sheet, top, lastColumn + 1, HEIGHT_ROWS, table.question().sheet()
                + " (" + labels.total().toLowerCase(java.util.Locale.ROOT) + ")", labels);
        XSSFChart chart = frame.chart();
        XDDFCategoryAxis waves = frame.categories();
        XDDFValueAxis percent = frame.percent();

        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(table.waves().toArray(String[]::new),
                cells.waves());
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, waves, percent);
        data.setVaryColors(false);
        TrendTable.Row total = table.rows().get(0);
        int colour = 0;
        for (int c = 0; c < table.question().categories().size(); c++) {
            QuestionTable.Category category = table.question().categories().get(c);
            Double[] values = new Double[table.waves().size()];
            for (int w = 0; w < values.length; w++) {
                QuestionTable.Value value = total.cells().get(c).get(w);
                values[w] = value == null || value.suppressed() ? null : value.percent();
            }
            // the cache holds the published points only; the cell of an unpublished one is empty
            XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(values, cells.values().get(c));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, source);
            series.setTitle(category.label(), cells.titles().get(c));
            boolean dontKnow = category.code().equals(table.question().dontKnow());
            style(series, dontKnow ? GREY : PALETTE[colour++ % PALETTE.length], !category.plain());
        }
        chart.plot(data);
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        return top + HEIGHT_ROWS;
    }

    /** The cells of one row in these columns, a union of single cells: {@code ('S'!$B$8,'S'!$D$8)}. */
    static String reference(XSSFSheet sheet, int row, List<Integer> columns) {
        List<String> cells = columns.stream().map(c -> new CellReference(sheet.getSheetName(), row, c, true, true)
                .formatAsString()).toList();
        return cells.size() == 1 ? cells.get(0) : "(" + String.join(",", cells) + ")";
    }

    /** A solid line with round markers in the colour; a derived category (a sum of others) dashed. */
    private static void style(XDDFLineChartData.Series series, byte[] rgb, boolean derived) {
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        line.setWidth(2.25);
        if (derived) {
            line.setPresetDash(new org.apache.poi.xddf.usermodel.XDDFPresetLineDash(
                    org.apache.poi.xddf.usermodel.PresetLineDash.DASH));
        }
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setLineProperties(line);
        series.setShapeProperties(properties);
    }
}
