package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.spec.DerivedLevel;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code Grafieken} ({@code Charts}) sheet: the report's figures across questions, each a native
 * bar chart beside the small table it refers to (so a report writer can edit both): the share "ja" of
 * every yes/no question (the report's figure on expected impact), each derived headline category by size
 * class, and the first headline category by sector (the report's box on AI use per sector). A hidden
 * ({@code x}) figure is left out of table and chart; an indicative one is marked with an asterisk and a
 * lighter bar.
 */
final class ChartsSheet {
    /** The key answer of a yes/no question. */
    static final String YES = "ja";
    private static final byte[] BLUE = {(byte) 0x2E, (byte) 0x75, (byte) 0xB6};
    private static final int CHART_COLUMN = 3;
    private static final int CHART_END = 17;

    /** One bar: its label and value in percent, and whether the figure is indicative. */
    record Bar(String label, double percent, boolean indicative) {
    }

    /** A chart: its title and bars. */
    record Figure(String title, List<Bar> bars) {
    }

    private ChartsSheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, List<QuestionTable> tables, Labels labels,
                      String sourceLine) {
        List<Figure> figures = figures(tables, labels);
        if (figures.isEmpty()) {
            return;
        }
        XSSFSheet sheet = workbook.createSheet(labels.chartsSheet());
        Sheets.width(sheet, 0, 50);
        Sheets.width(sheet, 1, 8);
        int row = 0;
        Sheets.text(sheet, row++, 0, labels.chartsSheet(), styles.title);
        Sheets.text(sheet, row++, 0, labels.t("Gewogen percentages van vestigingen. * = indicatief (lichtere "
                + "balk); niet publiceerbare cijfers (x) zijn weggelaten.", "Weighted percentages of establishments. "
                + "* = indicative (lighter bar); figures that are not publishable (x) are left out."), styles.text);
        row++;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int i = 0; i < figures.size(); i++) {
            if (i > 0) {
                // a figure per printed page: a page break never cuts a chart
                sheet.setRowBreak(row - 1);
            }
            row = draw(sheet, drawing, styles, figures.get(i), row, labels) + 2;
        }
        Sheets.text(sheet, row, 0, labels.source(sourceLine), styles.text);
        Sheets.page(sheet, row, CHART_END, 0);
    }

    /** The figures the tables allow; a figure without any publishable bar is left out. */
    static List<Figure> figures(List<QuestionTable> tables, Labels labels) {
        List<Figure> figures = new ArrayList<>();
        List<Bar> yes = new ArrayList<>();
        for (QuestionTable table : tables) {
            int column = category(table, YES);
            if (!table.question().multiple() && column >= 0) {
                bars(table, column, Estimate.TOTAL, table.sheet(), yes);
            }
        }
        figures.add(new Figure(labels.t("Verwachtingen: aandeel 'ja' per vraag", "Expectations: share 'yes' per "
                + "question"), yes));
        boolean sectorDone = false;
        for (QuestionTable table : tables) {
            for (DerivedLevel derived : table.question().derived()) {
                int column = category(table, derived.code());
                String label = table.categories().get(column).label();
                List<Bar> bySize = new ArrayList<>();
                for (QuestionTable.Row row : table.rows()) {
                    if (row.domainVar().equals(Estimate.TOTAL) || row.domainVar().equals(firstBreakdown(table))) {
                        add(row, column, row.label(), bySize);
                    }
                }
                figures.add(new Figure(table.sheet() + ": " + label, bySize));
                if (!sectorDone) {
                    List<Bar> bySector = new ArrayList<>();
                    for (QuestionTable.Row row : table.rows()) {
                        if (!row.domainVar().equals(Estimate.TOTAL) && !row.domainVar().equals(firstBreakdown(table))) {
                            add(row, column, row.label(), bySector);
                        }
                    }
                    figures.add(new Figure(table.sheet() + ": " + label + labels.t(" per sector", " by sector"),
                            bySector));
                    sectorDone = true;
                }
            }
        }
        figures.removeIf(f -> f.bars().isEmpty());
        return figures;
    }

    private static String firstBreakdown(QuestionTable table) {
        return table.rows().stream().map(QuestionTable.Row::domainVar).filter(v -> !v.equals(Estimate.TOTAL))
                .findFirst().orElse(Estimate.TOTAL);
    }

    private static void bars(QuestionTable table, int column, String domainVar, String label, List<Bar> bars) {
        for (QuestionTable.Row row : table.rows()) {
            if (row.domainVar().equals(domainVar)) {
                add(row, column, label, bars);
            }
        }
    }

    /** Adds a row's figure unless it is hidden. */
    private static void add(QuestionTable.Row row, int column, String label, List<Bar> bars) {
        if (!row.status().hidden()) {
            QuestionTable.Value value = row.values().get(column);
            bars.add(new Bar(value.indicative() ? label + " *" : label, value.percent(), value.indicative()));
        }
    }

    private static int category(QuestionTable table, String code) {
        for (int i = 0; i < table.categories().size(); i++) {
            if (table.categories().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** Writes the figure's table from {@code top} and its chart beside it; returns the last row used. */
    private static int draw(XSSFSheet sheet, XSSFDrawing drawing, Styles styles, Figure figure, int top,
                            Labels labels) {
        Sheets.text(sheet, top, 0, figure.title(), styles.bold);
        Sheets.text(sheet, top + 1, 0, "", styles.subHeaderLeft);
        Sheets.text(sheet, top + 1, 1, labels.percent(), styles.subHeader);
        int first = top + 2;
        for (int i = 0; i < figure.bars().size(); i++) {
            Bar bar = figure.bars().get(i);
            Sheets.text(sheet, first + i, 0, bar.label(), styles.rowLabel);
            Sheets.number(sheet, first + i, 1, bar.percent(), bar.indicative() ? styles.indicative : styles.percent);
        }
        int last = first + figure.bars().size() - 1;
        int height = Math.max(16, 2 * figure.bars().size() + 5);
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, top, CHART_END,
                top + height));
        chart.setTitleText(figure.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        // small enough that a sector's name fits on one or two lines and no label is skipped
        categories.getOrAddTextProperties().setFontSize(8.0);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setMinimum(0);
        values.setMaximum(100);
        values.setMajorUnit(20);
        values.setNumberFormat("0");
        values.getOrAddMajorGridProperties();
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1, 1)));
        series.setTitle(labels.percent(), null);
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BLUE)));
        series.setShapeProperties(properties);
        chart.plot(data);
        ChartParts.dataLabels(ChartParts.series(chart, 0), false);
        for (int i = 0; i < figure.bars().size(); i++) {
            if (figure.bars().get(i).indicative()) {
                ChartParts.lighter(ChartParts.series(chart, 0), i, BLUE);
            }
        }
        return Math.max(last, top + height);
    }
}
