package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.weighting.WeightDiagnostic;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code Weegfactoren} ({@code Weights}) sheet: the result file's {@code weight_diagnostics},
 * one row per domain (Totaal, the breakdowns in publication order with their publication names,
 * then any other domain values), as real numbers, with an explanation of Kish's design effect due
 * to weighting and the effective sample size.
 */
final class WeightsSheet {
    static final int HEADER_ROW = 3;
    private static final int LARGEST_WIDTH = 62;
    /** A stratum in {@code largest_weight_strata}: {@code 05 x 2-19 (w = 720.5, n = 77)}. */
    private static final java.util.regex.Pattern STRATUM =
            java.util.regex.Pattern.compile("\\s*([^;(]+?) \\(w = ([0-9.]+), n = ([0-9]+)\\)");

    private WeightsSheet() {
    }

    /** One shown row: its label and style, and the diagnostics. */
    private record Line(String label, CellStyle style, WeightDiagnostic d) {
    }

    static void write(XSSFWorkbook workbook, Styles styles, String sourceLine, List<WeightDiagnostic> diagnostics,
                      List<Breakdown> breakdowns, Labels labels, MethodsText methods) {
        XSSFSheet sheet = workbook.createSheet(labels.weightsSheet());
        Sheets.text(sheet, 0, 0, labels.t("Weegfactoren per groep", "Weights per group"), styles.title);
        Sheets.text(sheet, 1, 0, labels.t("Spreiding van de weegfactoren en het verlies aan nauwkeurigheid door weging.",
                "Spread of the weights and the loss of precision due to weighting."), styles.text);
        List<String> headers = List.of(labels.t("Groep", "Group"), labels.t("Respondenten", "Respondents"),
                labels.t("Som weegfactoren", "Sum of weights"), labels.t("Kleinste weegfactor", "Smallest weight"),
                labels.t("Mediaan weegfactor", "Median weight"), labels.t("Grootste weegfactor", "Largest weight"),
                labels.t("Variatiecoëfficiënt", "Coefficient of variation"),
                labels.t("Design-effect (Kish)", "Design effect (Kish)"),
                labels.t("Effectieve steekproefomvang", "Effective sample size"),
                labels.t("Strata met de grootste weegfactoren", "Strata with the largest weights"));
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            boolean text = c == 0 || c == headers.size() - 1;
            Sheets.text(sheet, HEADER_ROW, c, headers.get(c), c == headers.size() - 1 ? styles.remarkHeader
                    : text ? styles.headerLeft : styles.headerRight);
            // headers wrap (at most two words a line), so numbers get columns of their own width
            widths[c] = Math.max(Wrap.longestWord(headers.get(c)) + 2, 11);
        }
        int r = HEADER_ROW + 1;
        for (Line line : lines(diagnostics, breakdowns, labels, styles)) {
            WeightDiagnostic d = line.d();
            Sheets.text(sheet, r, 0, line.label(), line.style());
            widths[0] = Math.max(widths[0], line.label().length() + 2);
            Sheets.number(sheet, r, 1, d.respondents(), styles.count);
            Sheets.number(sheet, r, 2, d.sumOfWeights(), styles.count);
            Sheets.number(sheet, r, 3, d.minWeight(), styles.decimal);
            Sheets.number(sheet, r, 4, d.medianWeight(), styles.decimal);
            Sheets.number(sheet, r, 5, d.maxWeight(), styles.decimal);
            Sheets.number(sheet, r, 6, d.cv(), styles.decimal);
            Sheets.number(sheet, r, 7, d.kishDeff(), styles.decimal);
            Sheets.number(sheet, r, 8, d.effectiveN(), styles.count);
            String largest = largest(d.largestWeightStrata(), d.domainVar(), methods, labels);
            Sheets.text(sheet, r, 9, largest, styles.remarkWrapped);
            int lines = 0;
            for (String stratum : largest.split("\n")) {
                // Arial 10 fits more characters than the column's width in character units
                lines += Wrap.lines(stratum, LARGEST_WIDTH + 8);
            }
            Sheets.row(sheet, r).setHeightInPoints(12.75f * lines + 2);
            for (String stratum : largest.split("\n")) {
                widths[9] = Math.max(widths[9], Math.min(LARGEST_WIDTH, stratum.length() - 6));
            }
            r++;
        }
        r++;
        int last = headers.size() - 1;
        int characters = 0;
        for (int c = 0; c < widths.length; c++) {
            characters += widths[c];
        }
        Sheets.row(sheet, HEADER_ROW).setHeightInPoints(3 * 12.75f + 2);
        for (String note : List.of(labels.kishNote(), labels.effectiveNNote())) {
            Sheets.text(sheet, r, 0, note, styles.note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            Sheets.row(sheet, r).setHeightInPoints(Wrap.lines(note, characters) * 12f + 2);
            r++;
        }
        r++;
        Sheets.text(sheet, r, 0, labels.source(sourceLine), styles.text);
        for (int c = 0; c < widths.length; c++) {
            Sheets.width(sheet, c, widths[c]);
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
        Sheets.page(sheet, r, last, 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    }

    /**
     * The strata with the largest weights in publication words and the language's number format, one a
     * line: {@code Detailhandel en autohandel, 2-19 werknemers (w = 720,5; n = 77)}, without the value the
     * group's row already names ({@code domainVar}); text in another form is kept as it is.
     */
    static String largest(String text, String domainVar, MethodsText methods, Labels labels) {
        List<String> lines = new ArrayList<>();
        java.util.regex.Matcher m = STRATUM.matcher(text);
        while (m.find()) {
            // within a sector's row its strata differ only in size class, so the sector is not repeated
            String name = methods.stratum(List.of(m.group(1).split(" x ")), domainVar);
            lines.add(name + " (w = " + labels.decimal(Double.parseDouble(m.group(2))) + (labels.english() ? ", n = "
                    : "; n = ") + m.group(3) + ")");
        }
        return lines.isEmpty() ? text : String.join("\n", lines);
    }

    /** The total, each breakdown in publication order, then the remaining domains as in the table. */
    private static List<Line> lines(List<WeightDiagnostic> diagnostics, List<Breakdown> breakdowns, Labels labels,
                                    Styles styles) {
        Map<String, WeightDiagnostic> remaining = new LinkedHashMap<>();
        for (WeightDiagnostic d : diagnostics) {
            remaining.put(d.domainVar() + '\u0000' + d.domainValue(), d);
        }
        List<Line> lines = new ArrayList<>();
        WeightDiagnostic total = remaining.remove(Estimate.TOTAL + '\u0000' + Estimate.TOTAL);
        if (total != null) {
            lines.add(new Line(labels.total(), styles.totalLabel, total));
        }
        for (Breakdown breakdown : breakdowns) {
            boolean first = true;
            for (Breakdown.Head head : breakdown.heads()) {
                WeightDiagnostic d = remaining.remove(breakdown.column() + '\u0000' + head.code());
                if (d != null) {
                    lines.add(new Line(head.label(), first ? styles.groupLabel : styles.rowLabel, d));
                    first = false;
                }
            }
        }
        String previous = null;
        for (WeightDiagnostic d : remaining.values()) {
            boolean first = !d.domainVar().equals(previous);
            lines.add(new Line(d.domainVar() + " = " + d.domainValue(), first ? styles.groupLabel : styles.rowLabel, d));
            previous = d.domainVar();
        }
        return lines;
    }
}
