package nl.weegschaal.publish.xlsx;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * What XDDF does not offer for bar charts, written on the chart's XML: data labels per series and a
 * lighter fill for single bars (indicative figures). Elements are added with XmlBeans' {@code addNew},
 * which puts them in the schema's order.
 */
final class ChartParts {
    /**
     * The labels' number format: whole percentages, values below 3 left blank so that thin segments of a
     * stacked bar carry no unreadable label (the value stays in the table and the chart's data).
     */
    static final String LABEL_FORMAT = "[<3]\"\";0";

    private ChartParts() {
    }

    /** The {@code index}-th series of the chart's first bar chart. */
    static CTBarSer series(XSSFChart chart, int index) {
        return chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(index);
    }

    /** Shows each bar's value on it: inside the bar for stacked bars, at its end otherwise. */
    static void dataLabels(CTBarSer series, boolean stacked) {
        CTDLbls labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
        labels.addNewNumFmt().setFormatCode(stacked ? LABEL_FORMAT : "0");
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewDLblPos().setVal(stacked ? STDLblPos.CTR : STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** Fills one bar of a series with a lighter version of the colour: an indicative figure. */
    static void lighter(CTBarSer series, int point, byte[] rgb) {
        CTDPt dataPoint = series.addNewDPt();
        dataPoint.addNewIdx().setVal(point);
        dataPoint.addNewInvertIfNegative().setVal(false);
        dataPoint.addNewSpPr().addNewSolidFill().addNewSrgbClr().setVal(light(rgb));
    }

    /** The colour halfway to white. */
    static byte[] light(byte[] rgb) {
        byte[] light = new byte[3];
        for (int i = 0; i < 3; i++) {
            light[i] = (byte) (((rgb[i] & 0xFF) + 255) / 2);
        }
        return light;
    }
}
