package nl.weegschaal.compare;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two results: the kind of comparison, every cell, every stratum.
 *
 * @param rule            how the kind was decided
 * @param publicationRule which cells were taken as publishable, in each run
 * @param establishmentsInBoth between overlapping samples: the establishments in both; null otherwise
 */
public record Comparison(ResultFile old, ResultFile neu, ComparisonKind kind, String rule, String publicationRule,
                         List<CellChange> cells, boolean strataComparable, List<StratumChange> strata,
                         @Nullable Integer establishmentsInBoth) {

    /** Reads nothing: compares two results already read, as independent waves or the same respondents. */
    public static Comparison of(ResultFile old, ResultFile neu, ComparisonKind kind, String rule) {
        return of(old, neu, kind, rule, null);
    }

    /** As above; {@code overlap} pairs the establishments of overlapping samples. */
    static Comparison of(ResultFile old, ResultFile neu, ComparisonKind kind, String rule,
                         @Nullable OverlapChanges overlap) {
        String oldRule = PublicationRules.describe(old);
        String newRule = PublicationRules.describe(neu);
        String publicationRule = oldRule.equals(newRule) ? oldRule : "old: " + oldRule + "; new: " + newRule;
        return new Comparison(old, neu, kind, rule, publicationRule,
                CellComparison.compare(old.cells(), neu.cells(), PublicationRules.of(old), PublicationRules.of(neu),
                        kind, overlap),
                StratumComparison.comparable(old, neu), StratumComparison.compare(old, neu),
                overlap == null ? null : overlap.establishmentsInBoth());
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

    /** The {@code n} cells publishable in both runs with the largest absolute move, largest first. */
    public List<CellChange> largestMoves(int n) {
        return inBoth().stream().filter(c -> c.differencePoints() != null && c.publishableInBoth())
                .sorted(Comparator.comparingDouble((CellChange c) -> -Math.abs(c.differencePoints())))
                .limit(n).toList();
    }

    /** Cells whose change is significant after Benjamini-Hochberg at FDR 5% (tested kinds only). */
    public long significant() {
        return inBoth().stream().filter(c -> Boolean.TRUE.equals(c.significant())).count();
    }

    /** Tested cells whose own p-value is below 5%, before the correction for multiple testing. */
    public long significantUncorrected() {
        return inBoth().stream().filter(c -> Boolean.TRUE.equals(c.significantUncorrected())).count();
    }

    /** The number of tests: cells publishable in both independent runs with a p-value. */
    public long tested() {
        return inBoth().stream().filter(CellChange::tested).count();
    }

    /** Cells in both runs not publishable in one of them (or both). */
    public long notPublishableInBoth() {
        return inBoth().stream().filter(c -> !c.publishableInBoth()).count();
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
