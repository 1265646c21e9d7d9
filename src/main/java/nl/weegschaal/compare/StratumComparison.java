package nl.weegschaal.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.result.StratumRow;

/** Pairs the strata of two results on their strata columns. */
public final class StratumComparison {
    private StratumComparison() {
    }

    /** Whether the two results have the same strata columns (in any order); otherwise strata cannot be paired. */
    public static boolean comparable(ResultFile old, ResultFile neu) {
        return !old.strataColumns().isEmpty()
                && old.strataColumns().size() == neu.strataColumns().size()
                && neu.strataColumns().containsAll(old.strataColumns());
    }

    /** Every stratum of either run, keyed on OLD's column order: OLD's order, then strata only in NEW. */
    public static List<StratumChange> compare(ResultFile old, ResultFile neu) {
        if (!comparable(old, neu)) {
            return List.of();
        }
        Map<List<String>, StratumRow> newRows = new LinkedHashMap<>();
        for (StratumRow row : neu.strata()) {
            newRows.put(reorder(row.key(), neu.strataColumns(), old.strataColumns()), row);
        }
        List<StratumChange> changes = new ArrayList<>();
        Map<List<String>, Boolean> seen = new LinkedHashMap<>();
        for (StratumRow row : old.strata()) {
            seen.put(row.key(), true);
            changes.add(new StratumChange(row.key(), row, newRows.get(row.key())));
        }
        for (Map.Entry<List<String>, StratumRow> entry : newRows.entrySet()) {
            if (!seen.containsKey(entry.getKey())) {
                changes.add(new StratumChange(entry.getKey(), null, entry.getValue()));
            }
        }
        return changes;
    }

    private static List<String> reorder(List<String> key, List<String> from, List<String> to) {
        List<String> reordered = new ArrayList<>();
        for (String column : to) {
            reordered.add(key.get(from.indexOf(column)));
        }
        return List.copyOf(reordered);
    }
}
