package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import nl.weegschaal.estimation.Estimate;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;


/**
 * A native bar chart of a question: the weighted percentages of the plain answer categories (or
 * options) for the total and the first breakdown (the size classes), in columns; stacked to 100%
 * for a single-choice question, side by side for a multiple-response one. The series refer to the
 * table's cells (a union of ranges around the heading rows); a hidden row is left out.
 * Each bar carries its value as a data label; an indicative figure's bar is lighter.
 */
final class BarChart {
    /** Colours per series, in order; the don't-know level is grey. */
    private static final byte[][] PALETTE = {
        {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0x2E, (byte) 0x75, (byte) 0xB6},
        {(byte) 0x5B, (byte) 0x9B, (byte) 0xD5}, {(byte) 0x9D, (byte) 0xC3, (byte) 0xE6},
        {(byte) 0xF4, (byte) 0xB1, (byte) 0x83}, {(byte) 0xC5, (byte) 0x5A, (byte) 0x11},
        {(byte) 0x70, (byte) 0xAD, (byte) 0x47}, {(byte) 0x7F, (byte) 0x60, (byte) 0x84}};
    private static final byte[] GREY = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6};
    private static final int HEIGHT_ROWS = 20;

    private BarChart() {
    }

    /** Draws the chart from row {@code top}; returns its last row. */
    static int draw(XSSFSheet sheet, QuestionTable table, Labels labels, int top, int lastColumn) {
        List<Integer> rows = chartRows(table);
        List<Integer> shown = rows.stream().filter(i -> !table.rows().get(i).status().hidden()).toList();
        List<Integer> sheetRows = shown.stream().map(i -> QuestionSheet.rowOf(table, i)).toList();
        // a suppressed cell is the text x on the sheet, which a chart cannot reference as a number
        boolean referenced = shown.stream()
                .noneMatch(i -> table.rows().get(i).values().stream().anyMatch(QuestionTable.Value::suppressed));

        PercentChart frame = PercentChart.place(sheet, top, Math.min(lastColumn + 1, 12), HEIGHT_ROWS, table.sheet(),
                labels);
        XSSFChart chart = frame.chart();
        XDDFCategoryAxis categoryAxis = frame.categories();
        XDDFValueAxis valueAxis = frame.percent();
        boolean stacked = !table.question().multiple();
        if (stacked) {
            valueAxis.setMaximum(100);
            valueAxis.setMajorUnit(20);
        }

        XDDFCategoryDataSource categories;
        categories = XDDFDataSourcesFactory.fromArray(
                shown.stream().map(i -> table.rows().get(i).label()).toArray(String[]::new),
                reference(sheet, sheetRows, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        if (stacked) {
            data.setBarGrouping(BarGrouping.STACKED);
        } else {
            data.setBarGrouping(BarGrouping.CLUSTERED);
        }
        int colour = 0;
        List<int[]> plotted = new ArrayList<>();
        List<byte[]> colours = new ArrayList<>();
        for (int c = 0; c < table.categories().size(); c++) {
            QuestionTable.Category category = table.categories().get(c);
            if (!category.plain()) {
                continue;
            }
            int column = QuestionSheet.percentColumn(c);
            XDDFNumericalDataSource<Double> values;
            int index = c;
            Double[] percents = shown.stream().map(i -> table.rows().get(i).values().get(index))
                    .map(v -> v.suppressed() ? null : v.percent()).toArray(Double[]::new);
            values = referenced ? XDDFDataSourcesFactory.fromArray(percents, reference(sheet, sheetRows, column))
                    : XDDFDataSourcesFactory.fromArray(percents);
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(category.label(), new CellReference(sheet.getSheetName(), QuestionSheet.HEADER_ROW,
                    column, true, true));
            boolean dontKnow = category.code().equals(table.question().dontKnow());
            byte[] rgb = dontKnow ? GREY : PALETTE[colour++ % PALETTE.length];
            fill(series, rgb);
            plotted.add(new int[] {c});
            colours.add(rgb);
        }
        chart.plot(data);
        for (int s = 0; s < plotted.size(); s++) {
            ChartParts.dataLabels(ChartParts.series(chart, s), stacked);
            for (int p = 0; p < shown.size(); p++) {
                if (table.rows().get(shown.get(p)).values().get(plotted.get(s)[0]).indicative()) {
                    ChartParts.lighter(ChartParts.series(chart, s), p, colours.get(s));
                }
            }
        }
        barLayout(chart, stacked ? 100 : 0, 60);
        return top + HEIGHT_ROWS;
    }

    /** The indexes (in the table's rows) of the total and the first breakdown's rows. */
    private static List<Integer> chartRows(QuestionTable table) {
        List<Integer> rows = new ArrayList<>();
        @Nullable String breakdown = null;
        for (int i = 0; i < table.rows().size(); i++) {
            QuestionTable.Row row = table.rows().get(i);
            if (row.domainVar().equals(Estimate.TOTAL)) {
                rows.add(i);
            } else if (breakdown == null || breakdown.equals(row.domainVar())) {
                breakdown = row.domainVar();
                rows.add(i);
            }
        }
        return rows;
    }

    /**
     * The cells of the charted rows in a column: one range, or a union of ranges where a heading row or
     * a hidden row lies between them, e.g. {@code ('AI-gebruik'!$B$7,'AI-gebruik'!$B$9:$B$11)}; so the
     * chart follows the table when a report writer edits a number, and never refers to a hidden cell.
     */
    static String reference(XSSFSheet sheet, List<Integer> sheetRows, int column) {
        List<String> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sheetRows.size(); i++) {
            if (i == sheetRows.size() || sheetRows.get(i) != sheetRows.get(i - 1) + 1) {
                ranges.add(new CellRangeAddress(sheetRows.get(start), sheetRows.get(i - 1), column, column)
                        .formatAsString(sheet.getSheetName(), true));
                start = i;
            }
        }
        return ranges.size() == 1 ? ranges.get(0) : "(" + String.join(",", ranges) + ")";
    }

    /**
     * Sets the bars' overlap (100 for stacked bars, else Excel shifts them) and gap. Written on the
     * XML element: poi-ooxml-lite has no compiled schema for the percentage types of
     * {@code XDDFBarChartData.setOverlap} and {@code setGapWidth}.
     */
    private static void barLayout(XSSFChart chart, int overlap, int gap) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        if (bar.isSetGapWidth()) {
            bar.unsetGapWidth();
        }
        setVal(bar.addNewGapWidth(), gap);
        if (bar.isSetOverlap()) {
            bar.unsetOverlap();
        }
        if (overlap != 0) {
            setVal(bar.addNewOverlap(), overlap);
        }
    }

    private static void setVal(XmlObject element, int value) {
        try (XmlCursor cursor = element.newCursor()) {
            cursor.toNextToken();
            cursor.insertAttributeWithValue(new QName("val"), Integer.toString(value));
        }
    }

    private static void fill(XDDFChartData.Series series, byte[] rgb) {
        XDDFShapeProperties properties = series.getShapeProperties();
        if (properties == null) {
            properties = new XDDFShapeProperties();
        }
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        series.setShapeProperties(properties);
    }
}
