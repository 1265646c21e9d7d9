package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.spec.StratumRule;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.strata.SectorCluster;
import nl.weegschaal.strata.SizeClass;

/**
 * A dimension the tables break down by: a strata column and its values in publication order
 * (size classes in spec order, sector clusters in cluster order).
 *
 * @param column the {@code domain_var} of the estimates, e.g. {@code size_class}
 */
record Breakdown(String column, List<Head> heads) {
    /** One value of the dimension: its code in the results and its label. */
    record Head(String code, String label) {
    }

    Breakdown {
        heads = List.copyOf(heads);
    }

    /** The spec's domains that are strata columns, in the spec's order. */
    static List<Breakdown> of(WaveSpec spec, Labels labels) {
        List<Breakdown> result = new ArrayList<>();
        for (String domain : spec.domains()) {
            for (StratumRule rule : spec.strata()) {
                if (rule.column().equals(domain)) {
                    result.add(new Breakdown(domain, heads(rule, labels)));
                }
            }
        }
        return result;
    }

    static List<Head> heads(StratumRule rule, Labels labels) {
        List<Head> heads = new ArrayList<>();
        if (rule.sizes() != null) {
            for (SizeClass size : rule.sizes().classes()) {
                heads.add(new Head(size.code(), labels.sizeClass(size)));
            }
        } else if (rule.sectors() != null) {
            for (SectorCluster cluster : rule.sectors().clusters()) {
                heads.add(new Head(cluster.code(), labels.sector(cluster)));
            }
        }
        return heads;
    }

    /** The label of a code of a strata column, or the code itself. */
    static String label(WaveSpec spec, Labels labels, String column, String code) {
        for (StratumRule rule : spec.strata()) {
            if (rule.column().equals(column)) {
                for (Head head : heads(rule, labels)) {
                    if (head.code().equals(code)) {
                        return head.label();
                    }
                }
            }
        }
        return code;
    }
}
