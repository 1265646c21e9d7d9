package nl.weegschaal.publish.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The styles of the change columns, made once per workbook from the wave workbook's percentage styles: a
 * change keeps its sign ({@code +2.1}, {@code -0.4}); a significant one carries its mark in its number
 * format, so that the cell stays a number that a report writer can compute with and the mark is pasted
 * with it.
 */
final class TrendStyles {
    static final String PLAIN = "+0.0;-0.0;0.0";
    static final String SIGNIFICANT = "+0.0\" " + TrendLabels.UP + "\";-0.0\" " + TrendLabels.DOWN + "\";0.0";

    final CellStyle plain;
    final CellStyle significant;
    final CellStyle indicative;

    TrendStyles(Workbook workbook, Styles styles) {
        DataFormat formats = workbook.createDataFormat();
        plain = derived(workbook, styles.percent, formats, PLAIN);
        significant = derived(workbook, styles.percent, formats, SIGNIFICANT);
        indicative = derived(workbook, styles.indicative, formats, PLAIN);
    }

    private static CellStyle derived(Workbook workbook, CellStyle from, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(from);
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
