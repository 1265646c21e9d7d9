package nl.weegschaal.compare;

import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code changes}: a cell in both runs, or in only one of them. A cell in both runs is
 * tested when it is publishable in both and the runs are independent; then {@code test} holds its
 * per-cell test and {@code qValue} its Benjamini-Hochberg adjusted p-value. Otherwise {@code note}
 * says why it was not tested. {@code inBoth}: between overlapping samples, the establishments in the
 * cell's domain and base in both waves; null otherwise.
 */
public record CellChange(CellKey key, Status status, @Nullable Cell old, @Nullable Cell neu,
                         @Nullable Publishability oldReliability, @Nullable Publishability newReliability,
                         @Nullable DifferenceTest test, @Nullable Double qValue, @Nullable String note,
                         @Nullable Long inBoth) {

    /** A cell in one run only, never tested. */
    static CellChange inOne(CellKey key, Status status, @Nullable Cell old, @Nullable Cell neu,
                            @Nullable Publishability oldReliability, @Nullable Publishability newReliability) {
        return new CellChange(key, status, old, neu, oldReliability, newReliability, null, null,
                status == Status.ONLY_OLD ? "only in old: no test" : "only in new: no test", null);
    }

    /** Where the cell was found. */
    public enum Status {
        BOTH("in both"), ONLY_OLD("only in old"), ONLY_NEW("only in new");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The same change with its adjusted p-value. */
    CellChange withQValue(double q) {
        return new CellChange(key, status, old, neu, oldReliability, newReliability, test, q, note, inBoth);
    }

    /** 100 (new - old), or null when either estimate is missing. */
    public @Nullable Double differencePoints() {
        if (old == null || neu == null || old.estimate() == null || neu.estimate() == null) {
            return null;
        }
        return 100 * (neu.estimate() - old.estimate());
    }

    /** The standard error of the difference in percentage points, or null when not tested. */
    public @Nullable Double seDifferencePoints() {
        return test == null ? null : 100 * test.seDifference();
    }

    /** In both runs and publishable in both. */
    public boolean publishableInBoth() {
        return oldReliability != null && oldReliability.publishable()
                && newReliability != null && newReliability.publishable();
    }

    /** Counted among the tests (and so in the false discovery rate). */
    public boolean tested() {
        return qValue != null;
    }

    /** Significant after Benjamini-Hochberg at FDR 5%; null when not tested. */
    public @Nullable Boolean significant() {
        return qValue == null ? null : BenjaminiHochberg.significant(qValue);
    }

    /** p below 5% for this cell alone, without regard to the other tests; null when not tested. */
    public @Nullable Boolean significantUncorrected() {
        return qValue == null || test == null ? null : test.significant5pct();
    }
}
