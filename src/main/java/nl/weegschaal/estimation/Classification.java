package nl.weegschaal.estimation;

import org.jspecify.annotations.Nullable;

/**
 * The reliability of one cell and why.
 *
 * @param reason      the rule that decided, in words with the cell's own numbers; null when publishable
 * @param effectiveN  the effective sample size the rules used
 */
public record Classification(Reliability reliability, @Nullable String reason, double effectiveN) {
    public Classification {
        if ((reliability == Reliability.PUBLISHABLE) != (reason == null)) {
            throw new IllegalArgumentException("a reason is given exactly when a cell is not publishable");
        }
    }
}
