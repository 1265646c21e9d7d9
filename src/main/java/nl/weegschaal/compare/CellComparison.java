package nl.weegschaal.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import org.jspecify.annotations.Nullable;

/**
 * Pairs the cells of two results, tests each change where a test means something, and controls the
 * false discovery rate over those tests (Benjamini-Hochberg).
 */
public final class CellComparison {
    private CellComparison() {
    }

    /**
     * Cells in both (in OLD's order), then cells only in OLD, then cells only in NEW.
     *
     * @param oldReliability OLD's cells' reliability; a cell missing here is not publishable
     * @param newReliability NEW's cells' reliability
     */
    public static List<CellChange> compare(Map<CellKey, Cell> old, Map<CellKey, Cell> neu,
                                           Map<CellKey, Publishability> oldReliability,
                                           Map<CellKey, Publishability> newReliability, ComparisonKind kind) {
        return compare(old, neu, oldReliability, newReliability, kind, null);
    }

    /**
     * As above; between overlapping samples ({@code overlap} not null) each change's standard error has
     * the covariance through the establishments in both samples.
     */
    static List<CellChange> compare(Map<CellKey, Cell> old, Map<CellKey, Cell> neu,
                                    Map<CellKey, Publishability> oldReliability,
                                    Map<CellKey, Publishability> newReliability, ComparisonKind kind,
                                    @Nullable OverlapChanges overlap) {
        List<CellChange> both = new ArrayList<>();
        List<CellChange> onlyOld = new ArrayList<>();
        List<CellChange> onlyNew = new ArrayList<>();
        for (Map.Entry<CellKey, Cell> entry : old.entrySet()) {
            CellKey key = entry.getKey();
            Cell other = neu.get(key);
            if (other == null) {
                onlyOld.add(CellChange.inOne(key, CellChange.Status.ONLY_OLD, entry.getValue(), null,
                        oldReliability.get(key), null));
            } else {
                both.add(change(key, entry.getValue(), other, oldReliability.get(key), newReliability.get(key), kind,
                        overlap));
            }
        }
        for (Map.Entry<CellKey, Cell> entry : neu.entrySet()) {
            if (!old.containsKey(entry.getKey())) {
                onlyNew.add(CellChange.inOne(entry.getKey(), CellChange.Status.ONLY_NEW, null, entry.getValue(), null,
                        newReliability.get(entry.getKey())));
            }
        }
        List<CellChange> all = new ArrayList<>(adjust(both));
        all.addAll(onlyOld);
        all.addAll(onlyNew);
        return all;
    }

    /** A cell in both runs: its test, or no test and why. The q-value comes later, over all tests. */
    static CellChange change(CellKey key, Cell old, Cell neu, @Nullable Publishability oldReliability,
                             @Nullable Publishability newReliability, ComparisonKind kind) {
        return change(key, old, neu, oldReliability, newReliability, kind, null);
    }

    private static CellChange change(CellKey key, Cell old, Cell neu, @Nullable Publishability oldReliability,
                                     @Nullable Publishability newReliability, ComparisonKind kind,
                                     @Nullable OverlapChanges overlap) {
        String why = kind == ComparisonKind.SAME_RESPONDENTS ? ComparisonKind.SAME_RESPONDENTS_NOTE
                : notPublishable(oldReliability, newReliability);
        // between overlapping samples the establishments in both are counted for untested cells too
        OverlapChanges.Result paired = overlap == null || kind != ComparisonKind.OVERLAPPING ? null
                : overlap.test(key, old, neu);
        if (why == null && overlap != null && paired == null) {
            why = "no answers per respondent for this cell in one of the results: no test";
        }
        DifferenceTest test = why != null ? null : paired != null ? paired.test()
                : DifferenceTest.of(old.estimate(), old.se(), neu.estimate(), neu.se());
        if (why == null) {
            why = test == null ? "an estimate or standard error is missing: no test"
                    : test.pValue() == null ? "both standard errors are 0 and the estimates differ: no test" : null;
        }
        return new CellChange(key, CellChange.Status.BOTH, old, neu, oldReliability, newReliability,
                why == null ? test : null, null, why, paired == null ? null : paired.inBoth());
    }

    private static @Nullable String notPublishable(@Nullable Publishability old, @Nullable Publishability neu) {
        String inOld = old == null ? "no reliability" : old.publishable() ? null : old.describe();
        String inNew = neu == null ? "no reliability" : neu.publishable() ? null : neu.describe();
        if (inOld == null && inNew == null) {
            return null;
        }
        return "not tested: not publishable in " + (inOld == null ? "new, " + inNew
                : inNew == null ? "old, " + inOld : "old, " + inOld + ", nor in new, " + inNew);
    }

    /** Each tested change with its Benjamini-Hochberg q-value over all tested changes; the rest as they are. */
    private static List<CellChange> adjust(List<CellChange> changes) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).note() == null) {
                tested.add(i);
            }
        }
        double[] p = tested.stream().mapToDouble(i -> changes.get(i).test().pValue()).toArray();
        double[] q = BenjaminiHochberg.adjust(p);
        List<CellChange> adjusted = new ArrayList<>(changes);
        for (int t = 0; t < tested.size(); t++) {
            adjusted.set(tested.get(t), changes.get(tested.get(t)).withQValue(q[t]));
        }
        return adjusted;
    }
}
