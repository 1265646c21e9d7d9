package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.weegschaal.result.StratumRow;
import nl.weegschaal.spec.StratumRule;
import nl.weegschaal.spec.WaveSpec;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code Weging} ({@code Weighting}) sheet: per stratum the population, the respondents and the
 * weight; frame strata without respondents are listed with 0 respondents and no weight.
 */
final class WeightingSheet {
    private static final int HEADER_ROW = 3;

    private WeightingSheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, WaveSpec spec, ResultData data, Labels labels,
                      Reweighting reweighting) {
        MethodsText methods = new MethodsText(spec, labels);
        XSSFSheet sheet = workbook.createSheet(labels.weightingSheet());
        List<String> columns = data.strataColumns();
        List<StratumRow> strata = new ArrayList<>(data.strata());
        strata.sort(Comparator.comparing((StratumRow s) -> order(spec, labels, columns, s)));

        Sheets.text(sheet, 0, 0, labels.t("Weging per stratum", "Weighting per stratum"), styles.title);
        Sheets.text(sheet, 1, 0, labels.t("Weegfactor: het aantal vestigingen in de populatie dat één respondent "
                + "in het stratum vertegenwoordigt.", "Weight: the number of establishments in the population that "
                + "one respondent in the stratum represents."), styles.text);
        List<String> headers = new ArrayList<>();
        for (String column : columns) {
            headers.add(header(column, labels));
        }
        headers.addAll(List.of(labels.t("Populatie (vestigingen)", "Population (establishments)"),
                labels.t("Respondenten", "Respondents"), labels.t("Weegfactor", "Weight"),
                labels.t("Opmerking", "Remark")));
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            boolean text = c < columns.size();
            Sheets.text(sheet, HEADER_ROW, c, headers.get(c), c == headers.size() - 1 ? styles.remarkHeader
                    : text ? styles.subHeaderLeft : styles.subHeader);
            widths[c] = headers.get(c).length() + 4;
        }
        int r = HEADER_ROW + 1;
        double population = 0;
        long respondents = 0;
        for (StratumRow stratum : strata) {
            int c = 0;
            for (String column : columns) {
                String code = stratum.key().get(c);
                String label = Breakdown.label(spec, labels, column, code);
                String shown = column.equals(sectorColumn(spec)) ? code + " " + label : label;
                Sheets.text(sheet, r, c, shown, styles.rowLabel);
                widths[c] = Math.max(widths[c], shown.length() + 2);
                c++;
            }
            Sheets.number(sheet, r, c++, stratum.population(), styles.count);
            Sheets.number(sheet, r, c++, stratum.respondents(), styles.count);
            Double weight = stratum.weight();
            if (weight == null) {
                Sheets.text(sheet, r, c++, "-", styles.hidden);
            } else {
                Sheets.number(sheet, r, c++, weight, styles.decimal);
            }
            String remark = remark(stratum, reweighting, methods, labels);
            if (!remark.isEmpty()) {
                Sheets.text(sheet, r, c, remark, styles.remark);
                widths[c] = Math.max(widths[c], Math.min(remark.length() + 2, 60));
            }
            population += stratum.population();
            respondents += stratum.respondents();
            r++;
        }
        Sheets.text(sheet, r, 0, labels.total(), styles.groupLabel);
        for (int c = 1; c < columns.size(); c++) {
            Sheets.text(sheet, r, c, "", styles.groupLabel);
        }
        Sheets.number(sheet, r, columns.size(), population, styles.countTotal);
        Sheets.number(sheet, r, columns.size() + 1, respondents, styles.countTotal);
        // the total's line runs across the whole table
        for (int c = columns.size() + 2; c < headers.size(); c++) {
            Sheets.text(sheet, r, c, "", styles.groupLine);
        }
        r += 2;
        Sheets.text(sheet, r, 0, labels.source(spec.sourceLine()), styles.text);
        for (int c = 0; c < widths.length; c++) {
            Sheets.width(sheet, c, Math.max(widths[c], 12));
        }
        sheet.createFreezePane(columns.size(), HEADER_ROW + 1);
        Sheets.page(sheet, r, headers.size() - 1, 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    }

    /** What happened to a stratum's weight: no respondents, collapsed into a group, capped, one respondent. */
    static String remark(StratumRow stratum, Reweighting reweighting, MethodsText methods, Labels labels) {
        if (stratum.dropped()) {
            return labels.t("geen respondenten; niet gewogen", "no respondents; not weighted");
        }
        List<String> remarks = new ArrayList<>();
        String group = reweighting.groupOf(stratum.key());
        if (group != null) {
            List<String> others = reweighting.collapsedGroups().get(group).stream()
                    .filter(k -> !k.equals(stratum.key())).map(methods::stratum).toList();
            remarks.add(labels.t("samengevoegd met ", "collapsed with ") + String.join(" + ", others));
        }
        Reweighting.Capped capped = reweighting.capped(stratum.key());
        if (capped != null) {
            remarks.add(labels.t("afgetopt van ", "capped from ") + labels.decimal(capped.before())
                    + labels.t(" tot ", " to ") + labels.decimal(capped.after()));
        }
        if (reweighting.lonelyStrata().contains(stratum.key()) && group == null) {
            remarks.add(labels.t("één respondent", "one respondent"));
        }
        return String.join("; ", remarks);
    }

    private static String header(String column, Labels labels) {
        return switch (column) {
            case "sector_cluster" -> labels.t("Sectorcluster", "Sector cluster");
            case "size_class" -> labels.t("Grootteklasse", "Size class");
            default -> column;
        };
    }

    private static String sectorColumn(WaveSpec spec) {
        return spec.strata().stream().filter(r -> r.sectors() != null).map(StratumRule::column).findFirst()
                .orElse("");
    }

    /** Sorts by each strata column's publication order (its position among the rule's values). */
    private static String order(WaveSpec spec, Labels labels, List<String> columns, StratumRow stratum) {
        StringBuilder key = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            String code = stratum.key().get(c);
            int position = 999;
            for (StratumRule rule : spec.strata()) {
                if (rule.column().equals(column)) {
                    List<Breakdown.Head> heads = Breakdown.heads(rule, labels);
                    for (int i = 0; i < heads.size(); i++) {
                        if (heads.get(i).code().equals(code)) {
                            position = i;
                        }
                    }
                }
            }
            key.append(String.format("%03d", position)).append(code).append('\u0000');
        }
        return key.toString();
    }
}
