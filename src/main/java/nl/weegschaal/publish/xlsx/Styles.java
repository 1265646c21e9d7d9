package nl.weegschaal.publish.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/** The workbook's cell styles, created once per workbook (a workbook has a limited number of styles). */
final class Styles {
    final CellStyle title;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle note;
    final CellStyle header;
    final CellStyle subHeader;
    final CellStyle subHeaderLeft;
    final CellStyle headerLeft;
    final CellStyle remarkHeader;
    final CellStyle remark;
    final CellStyle remarkWrapped;
    final CellStyle headerRight;
    final CellStyle rowLabel;
    final CellStyle totalLabel;
    final CellStyle groupLabel;
    final CellStyle groupHeading;
    final CellStyle groupLine;
    final CellStyle percent;
    final CellStyle indicative;
    final CellStyle margin;
    final CellStyle marginIndicative;
    final CellStyle count;
    final CellStyle countLeft;
    final CellStyle countTotal;
    final CellStyle hidden;
    final CellStyle decimal;
    final CellStyle bold;
    /** A numeric question's figures: whole units (totals), two decimals (means, ratios); indicative in grey italics. */
    final CellStyle[] figures;
    final CellStyle[] figuresIndicative;

    Styles(Workbook workbook) {
        Font standard = workbook.getFontAt(0);
        standard.setFontName("Arial");
        standard.setFontHeightInPoints((short) 10);
        DataFormat formats = workbook.createDataFormat();
        Font boldFont = font(workbook, true, false, 10, IndexedColors.AUTOMATIC);
        Font titleFont = font(workbook, true, false, 12, IndexedColors.AUTOMATIC);
        Font italicGrey = font(workbook, false, true, 10, IndexedColors.GREY_50_PERCENT);
        Font plainGrey = font(workbook, false, false, 10, IndexedColors.GREY_80_PERCENT);
        Font noteFont = font(workbook, false, false, 9, IndexedColors.AUTOMATIC);

        title = style(workbook, titleFont);
        text = style(workbook, null);
        wrapped = style(workbook, null);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        note = style(workbook, noteFont);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        bold = style(workbook, boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        header = style(workbook, boldFont);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.BOTTOM);
        subHeader = style(workbook, boldFont);
        subHeader.setAlignment(HorizontalAlignment.RIGHT);
        subHeader.setBorderBottom(BorderStyle.THIN);
        subHeaderLeft = style(workbook, boldFont);
        subHeaderLeft.setAlignment(HorizontalAlignment.LEFT);
        subHeaderLeft.setBorderBottom(BorderStyle.THIN);
        headerLeft = style(workbook, boldFont);
        headerLeft.setWrapText(true);
        headerLeft.setVerticalAlignment(VerticalAlignment.BOTTOM);
        headerLeft.setBorderBottom(BorderStyle.THIN);
        // a remark column after a right-aligned number keeps a space between them
        remarkHeader = style(workbook, boldFont);
        remarkHeader.setBorderBottom(BorderStyle.THIN);
        // an indent shows only with an explicit alignment; it keeps a remark off the number beside it
        remarkHeader.setAlignment(HorizontalAlignment.LEFT);
        remarkHeader.setIndention((short) 1);
        remarkHeader.setVerticalAlignment(VerticalAlignment.BOTTOM);
        remark = style(workbook, null);
        remark.setAlignment(HorizontalAlignment.LEFT);
        remark.setIndention((short) 1);
        remarkWrapped = style(workbook, null);
        remarkWrapped.setAlignment(HorizontalAlignment.LEFT);
        remarkWrapped.setIndention((short) 1);
        remarkWrapped.setWrapText(true);
        remarkWrapped.setVerticalAlignment(VerticalAlignment.TOP);
        headerRight = style(workbook, boldFont);
        headerRight.setWrapText(true);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
        headerRight.setVerticalAlignment(VerticalAlignment.BOTTOM);
        headerRight.setBorderBottom(BorderStyle.THIN);
        rowLabel = style(workbook, null);
        totalLabel = style(workbook, boldFont);
        groupLabel = style(workbook, null);
        groupLabel.setBorderTop(BorderStyle.THIN);
        groupHeading = style(workbook, boldFont);
        groupHeading.setBorderTop(BorderStyle.THIN);
        groupLine = style(workbook, null);
        groupLine.setBorderTop(BorderStyle.THIN);
        // a row with a wrapped text (the weights sheet's strata) reads from its top line
        for (CellStyle label : new CellStyle[] {rowLabel, totalLabel, groupLabel}) {
            label.setVerticalAlignment(VerticalAlignment.TOP);
        }
        percent = number(workbook, formats, "0.0", null);
        indicative = number(workbook, formats, "0.0", italicGrey);
        margin = number(workbook, formats, "0.0", plainGrey);
        marginIndicative = number(workbook, formats, "0.0", italicGrey);
        count = number(workbook, formats, "#,##0", null);
        countTotal = number(workbook, formats, "#,##0", null);
        countTotal.setBorderTop(BorderStyle.THIN);
        countLeft = number(workbook, formats, "#,##0", null);
        countLeft.setAlignment(HorizontalAlignment.LEFT);
        countLeft.setVerticalAlignment(VerticalAlignment.TOP);
        decimal = number(workbook, formats, "#,##0.00", null);
        hidden = style(workbook, null);
        hidden.setAlignment(HorizontalAlignment.RIGHT);
        String[] figureFormats = {"#,##0", "#,##0.00", "#,##0.00"};
        figures = new CellStyle[figureFormats.length];
        figuresIndicative = new CellStyle[figureFormats.length];
        for (int f = 0; f < figureFormats.length; f++) {
            figures[f] = number(workbook, formats, figureFormats[f], null);
            figuresIndicative[f] = number(workbook, formats, figureFormats[f], italicGrey);
        }
    }

    private static Font font(Workbook workbook, boolean bold, boolean italic, int points, IndexedColors color) {
        Font font = workbook.createFont();
        font.setFontName("Arial");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        font.setColor(color.getIndex());
        return font;
    }

    private static CellStyle style(Workbook workbook, @Nullable Font font) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private static CellStyle number(Workbook workbook, DataFormat formats, String format, @Nullable Font font) {
        CellStyle style = style(workbook, font);
        style.setDataFormat(formats.getFormat(format));
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
