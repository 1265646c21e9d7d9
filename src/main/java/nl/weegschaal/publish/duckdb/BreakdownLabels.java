package nl.weegschaal.publish.duckdb;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.spec.StratumRule;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.strata.SectorCluster;
import nl.weegschaal.strata.SizeClass;

/**
 * The rows of the {@code breakdowns} view: the total and every value of each spec domain that the
 * spec derives (size classes in the spec's order, sector clusters in cluster order), with Dutch and
 * English names and an order, so that an analyst sorts {@code 2-19} before {@code 100+} and reads
 * sector names instead of codes.
 */
final class BreakdownLabels {
    /** One value of a breakdown. */
    record Row(String breakdown, String breakdownNl, String breakdownEn, int breakdownOrder, String value,
               String nl, String en, int order) {
    }

    private BreakdownLabels() {
    }

    static List<Row> of(WaveSpec spec) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("total", "Totaal", "Total", 0, "total", "Totaal", "Total", 0));
        int breakdownOrder = 0;
        for (String domain : spec.domains()) {
            breakdownOrder++;
            for (StratumRule rule : spec.strata()) {
                if (rule.column().equals(domain)) {
                    addValues(rows, rule, breakdownOrder);
                }
            }
        }
        return rows;
    }

    private static void addValues(List<Row> rows, StratumRule rule, int breakdownOrder) {
        int order = 0;
        if (rule.sizes() != null) {
            for (SizeClass size : rule.sizes().classes()) {
                rows.add(new Row(rule.column(), "Grootteklasse", "Size class", breakdownOrder, size.code(),
                        range(size, " of meer") + " werknemers", range(size, " or more") + " employees", ++order));
            }
        } else if (rule.sectors() != null) {
            for (SectorCluster cluster : rule.sectors().clusters()) {
                rows.add(new Row(rule.column(), "Sector", "Sector", breakdownOrder, cluster.code(), cluster.nameNl(),
                        cluster.nameEn(), ++order));
            }
        }
    }

    /** {@code 2-19}, or {@code 100 of meer} for the open class. */
    private static String range(SizeClass size, String orMore) {
        return size.max() == null ? size.min() + orMore : size.min() + "-" + size.max();
    }
}
