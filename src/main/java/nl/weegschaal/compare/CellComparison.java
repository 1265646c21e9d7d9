package nl.weegschaal.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;

/** Pairs the cells of two results and computes each cell's change. */
public final class CellComparison {
    private CellComparison() {
    }

    /** Cells in both (in OLD's order), then cells only in OLD, then cells only in NEW. */
    public static List<CellChange> compare(Map<CellKey, Cell> old, Map<CellKey, Cell> neu, ComparisonKind kind) {
        List<CellChange> both = new ArrayList<>();
        List<CellChange> onlyOld = new ArrayList<>();
        List<CellChange> onlyNew = new ArrayList<>();
        for (Map.Entry<CellKey, Cell> entry : old.entrySet()) {
            Cell other = neu.get(entry.getKey());
            if (other == null) {
                onlyOld.add(new CellChange(entry.getKey(), CellChange.Status.ONLY_OLD, entry.getValue(), null, null,
                        null));
            } else {
                both.add(change(entry.getKey(), entry.getValue(), other, kind));
            }
        }
        for (Map.Entry<CellKey, Cell> entry : neu.entrySet()) {
            if (!old.containsKey(entry.getKey())) {
                onlyNew.add(new CellChange(entry.getKey(), CellChange.Status.ONLY_NEW, null, entry.getValue(), null,
                        null));
            }
        }
        List<CellChange> all = new ArrayList<>(both);
        all.addAll(onlyOld);
        all.addAll(onlyNew);
        return all;
    }

    static CellChange change(CellKey key, Cell old, Cell neu, ComparisonKind kind) {
        if (kind == ComparisonKind.SAME_RESPONDENTS) {
            return new CellChange(key, CellChange.Status.BOTH, old, neu, null, ComparisonKind.SAME_RESPONDENTS_NOTE);
        }
        DifferenceTest test = DifferenceTest.of(old.estimate(), old.se(), neu.estimate(), neu.se());
        String note = test == null ? "an estimate or standard error is missing: no significance test"
                : test.pValue() == null ? "both standard errors are 0: no significance test" : null;
        return new CellChange(key, CellChange.Status.BOTH, old, neu, test, note);
    }
}
