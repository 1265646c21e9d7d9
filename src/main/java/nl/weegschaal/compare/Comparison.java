package nl.weegschaal.compare;

import java.util.Comparator;
import java.util.List;

/** What changed between two results: the kind of comparison, every cell, every stratum. */
public record Comparison(ResultFile old, ResultFile neu, ComparisonKind kind, String rule, List<CellChange> cells,
                         boolean strataComparable, List<StratumChange> strata) {

    /** Reads nothing: compares two results already read. */
    public static Comparison of(ResultFile old, ResultFile neu, ComparisonKind kind, String rule) {
        return new Comparison(old, neu, kind, rule, CellComparison.compare(old.cells(), neu.cells(), kind),
                StratumComparison.comparable(old, neu), StratumComparison.compare(old, neu));
    }

    public List<CellChange> inBoth() {
        return cells.stream().filter(c -> c.status() == CellChange.Status.BOTH).toList();
    }

    public long count(CellChange.Status status) {
        return cells.stream().filter(c -> c.status() == status).count();
    }

    /** Cells in both runs whose estimate moved by more than {@code points} percentage points. */
    public long movedMoreThan(double points) {
        return inBoth().stream().filter(c -> c.differencePoints() != null && Math.abs(c.differencePoints()) > points)
                .count();
    }

    /** The {@code n} cells with the largest absolute move, largest first. */
    public List<CellChange> largestMoves(int n) {
        return inBoth().stream().filter(c -> c.differencePoints() != null)
                .sorted(Comparator.comparingDouble((CellChange c) -> -Math.abs(c.differencePoints())))
                .limit(n).toList();
    }

    /** Cells whose change is significant at 5% (independent waves only; 0 otherwise). */
    public long significant() {
        return inBoth().stream().filter(c -> c.test() != null && Boolean.TRUE.equals(c.test().significant5pct()))
                .count();
    }

    /** Cells that had a significance test. */
    public long tested() {
        return inBoth().stream().filter(c -> c.test() != null && c.test().pValue() != null).count();
    }

    public List<StratumChange> weightChanges() {
        return strata.stream().filter(StratumChange::weighted).toList();
    }

    public List<StratumChange> frameChanges() {
        return strata.stream().filter(StratumChange::frameChanged).toList();
    }

    public WeightChangeSummary weightSummary() {
        return WeightChangeSummary.of(strata);
    }
}
