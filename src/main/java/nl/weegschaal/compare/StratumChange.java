package nl.weegschaal.compare;

import java.util.List;
import nl.weegschaal.result.StratumRow;
import org.jspecify.annotations.Nullable;

/**
 * One stratum in either run's {@code strata}: old and new population, respondents and weight.
 * Used for both {@code weight_changes} and {@code frame_changes}.
 */
public record StratumChange(List<String> key, @Nullable StratumRow old, @Nullable StratumRow neu) {

    public String status() {
        return old == null ? "only in new" : neu == null ? "only in old" : "in both";
    }

    public @Nullable Double weightRatio() {
        if (old == null || neu == null || old.weight() == null || neu.weight() == null || old.weight() == 0) {
            return null;
        }
        return neu.weight() / old.weight();
    }

    public @Nullable Double populationDifference() {
        if (old == null || neu == null || old.population() == null || neu.population() == null) {
            return null;
        }
        return neu.population() - old.population();
    }

    /** In the frame of one run only, or with another population. */
    public boolean frameChanged() {
        if (old == null || neu == null) {
            return true;
        }
        Double difference = populationDifference();
        return difference == null ? !java.util.Objects.equals(old.population(), neu.population())
                : Math.abs(difference) > 1e-9;
    }

    /** Has a weight in at least one of the runs (not a dropped stratum in both). */
    public boolean weighted() {
        return old != null && old.weight() != null || neu != null && neu.weight() != null;
    }
}
