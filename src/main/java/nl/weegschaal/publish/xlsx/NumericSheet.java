package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.NumericStatistic;
import nl.weegschaal.spec.NumericAnswer;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a numeric question's sheet: question, base and unit above the table; a row per domain (as on
 * a question's sheet) with the weighted total (whole units), the mean and each ratio (two
 * decimals), each with its margin (half the 95% Wald interval, as a number in the same unit), and the
 * respondents with a value; footnotes for the marks used and the source line. No chart: a total and a
 * mean of one question are not parts of one whole.
 */
final class NumericSheet {
    private static final int FIGURE_WIDTH = 11;

    private NumericSheet() {
    }

    /** The column of a figure; its margin is the next column. */
    static int figureColumn(int column) {
        return 1 + 2 * column;
    }

    static XSSFSheet write(XSSFWorkbook workbook, Styles styles, WaveSpec spec, NumericTable table, Labels labels) {
        XSSFSheet sheet = workbook.createSheet(table.sheet());
        int columns = table.columns().size();
        int nColumn = figureColumn(columns);
        int labelWidth = Math.min(52, 2 + table.rows().stream().mapToInt(r -> r.label().length()).max().orElse(10));
        Sheets.width(sheet, 0, labelWidth);
        for (int c = 1; c <= nColumn; c++) {
            Sheets.width(sheet, c, c == nColumn ? 8 : FIGURE_WIDTH);
        }
        int tableWidth = labelWidth + 8 + 2 * FIGURE_WIDTH * columns;
        NumericAnswer numeric = Objects.requireNonNull(table.question().numeric());
        String unit = labels.t(numeric.unitNl(), numeric.unitEn());
        QuestionSheet.paragraph(sheet, 0, nColumn, table.title(), styles.title, tableWidth, 1.25);
        QuestionSheet.paragraph(sheet, 1, nColumn, table.base(), styles.wrapped, tableWidth, 1);
        QuestionSheet.paragraph(sheet, 2, nColumn, labels.t("Gewogen totaal en gemiddelde per vestiging, in " + unit
                + "; marge = de helft van het 95%-betrouwbaarheidsinterval (schatting ± marge).", "Weighted total and "
                + "mean per establishment, in " + unit + "; margin = half the 95% confidence interval (estimate ± "
                + "margin)."), styles.wrapped, tableWidth, 1);
        header(sheet, styles, spec, table, labels, unit, nColumn);
        int r = QuestionSheet.FIRST_ROW;
        for (NumericTable.Row row : table.rows()) {
            if (row.firstOfGroup()) {
                Sheets.text(sheet, r, 0, labels.breakdown(row.domainVar()), styles.groupHeading);
                for (int c = 1; c <= nColumn; c++) {
                    Sheets.text(sheet, r, c, "", styles.groupLine);
                }
                r++;
            }
            writeRow(sheet, styles, table, row, r++, nColumn);
        }
        sheet.createFreezePane(1, QuestionSheet.FIRST_ROW);
        r = notes(sheet, styles, spec, table, labels, r + 1, nColumn, tableWidth);
        Sheets.page(sheet, r, nColumn, 1);
        return sheet;
    }

    private static void header(XSSFSheet sheet, Styles styles, WaveSpec spec, NumericTable table, Labels labels,
                               String unit, int nColumn) {
        int row = QuestionSheet.HEADER_ROW;
        for (int i = 0; i < table.columns().size(); i++) {
            NumericTable.Column column = table.columns().get(i);
            int c = figureColumn(i);
            Sheets.text(sheet, row, c, title(spec, column, labels, unit), styles.header);
            Sheets.text(sheet, row, c + 1, "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(row, row, c, c + 1));
            Sheets.text(sheet, row + 1, c, labels.t("schatting", "estimate"), styles.subHeader);
            Sheets.text(sheet, row + 1, c + 1, labels.t("marge", "margin"), styles.subHeader);
        }
        Sheets.row(sheet, row).setHeightInPoints(13.5f * 3 + 2);
        Sheets.text(sheet, row + 1, 0, "", styles.subHeader);
        Sheets.text(sheet, row + 1, nColumn, labels.respondents(), styles.subHeader);
    }

    private static String title(WaveSpec spec, NumericTable.Column column, Labels labels, String unit) {
        return switch (column.statistic()) {
            case TOTAL -> labels.t("Totaal (" + unit + ")", "Total (" + unit + ")");
            case MEAN -> labels.t("Gemiddelde per vestiging (" + unit + ")", "Mean per establishment (" + unit + ")");
            case RATIO -> {
                Question denominator = spec.codebook().get(column.denominator());
                NumericAnswer other = denominator == null ? null : denominator.numeric();
                String per = other == null ? column.denominator() : labels.t(other.unitNl(), other.unitEn());
                yield labels.t(unit + " per " + per + " (verhouding van de totalen)", unit + " per " + per
                        + " (ratio of the totals)");
            }
        };
    }

    private static void writeRow(XSSFSheet sheet, Styles styles, NumericTable table, NumericTable.Row row, int r,
                                 int nColumn) {
        CellStyle labelStyle = row.domainVar().equals(Estimate.TOTAL) ? styles.totalLabel : styles.rowLabel;
        Sheets.text(sheet, r, 0, row.label(), labelStyle);
        if (row.status().hidden()) {
            for (int c = 1; c <= nColumn; c++) {
                Sheets.text(sheet, r, c, CellMarks.HIDDEN, styles.hidden);
            }
            return;
        }
        for (int i = 0; i < table.columns().size(); i++) {
            NumericTable.Value value = row.values().get(i);
            int c = figureColumn(i);
            if (value.suppressed()) {
                Sheets.text(sheet, r, c, CellMarks.HIDDEN, styles.hidden);
                Sheets.text(sheet, r, c + 1, CellMarks.HIDDEN, styles.hidden);
                continue;
            }
            int format = table.columns().get(i).statistic().ordinal(); // TOTAL 0, MEAN 1, RATIO 2
            CellStyle style = (value.indicative() ? styles.figuresIndicative : styles.figures)[format];
            boolean whole = table.columns().get(i).statistic() == NumericStatistic.TOTAL;
            Sheets.number(sheet, r, c, whole ? Math.round(value.estimate()) : value.estimate(), style);
            Sheets.number(sheet, r, c + 1, whole ? Math.round(value.margin()) : value.margin(), style);
        }
        Sheets.number(sheet, r, nColumn, row.n(), styles.count);
    }

    private static int notes(XSSFSheet sheet, Styles styles, WaveSpec spec, NumericTable table, Labels labels,
                             int first, int nColumn, int tableWidth) {
        List<String> notes = new ArrayList<>();
        if (table.anyHidden()) {
            notes.add(labels.hiddenNote(spec.publication().minRespondents()));
        }
        if (table.anySuppressed()) {
            notes.add(labels.t(CellMarks.HIDDEN + " in een getoonde rij = niet publiceerbaar: de effectieve "
                    + "steekproefomvang is te klein of de variantie heeft geen vrijheidsgraden.", CellMarks.HIDDEN
                    + " in a shown row = not publishable: the effective sample size is too small or the variance has "
                    + "no degrees of freedom."));
        }
        if (table.anyIndicative()) {
            notes.add(labels.t("Cursief en grijs: indicatief, het interval is breder dan "
                    + Math.round(100 * spec.publication().reliability().indicativeRelativeWidth())
                    + "% van de schatting, of de standaardfout berust op weinig vrijheidsgraden.", "Italic and grey: "
                    + "indicative, the interval is wider than " + Math.round(100 * spec.publication().reliability()
                    .indicativeRelativeWidth()) + "% of the estimate, or the standard error rests on few degrees of "
                    + "freedom."));
        }
        notes.add(labels.t("n = aantal respondenten dat een getal antwoordde (\"weet niet\" en geen antwoord tellen "
                + "niet mee).", "n = number of respondents who answered with a number (\"don't know\" and no answer "
                + "are left out)."));
        notes.add(labels.source(spec.sourceLine()));
        int r = first;
        for (String note : notes) {
            QuestionSheet.paragraph(sheet, r++, nColumn, note, styles.note, tableWidth, 0.9);
        }
        return r;
    }
}
