package nl.weegschaal.compare;

import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import org.jspecify.annotations.Nullable;

/** One row of {@code changes}: a cell in both runs, or in only one of them. */
public record CellChange(CellKey key, Status status, @Nullable Cell old, @Nullable Cell neu,
                         @Nullable DifferenceTest test, @Nullable String note) {

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

    /** 100 (new - old), or null when either estimate is missing. */
    public @Nullable Double differencePoints() {
        if (old == null || neu == null || old.estimate() == null || neu.estimate() == null) {
            return null;
        }
        return 100 * (neu.estimate() - old.estimate());
    }
}
