package nl.weegschaal.result;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a result's {@code strata} table: the stratum's values (in the order of the strata
 * columns), N_h, n_h and the weight, null for a frame stratum without respondents (dropped).
 */
public record StratumRow(List<String> key, @Nullable Double population, long respondents, @Nullable Double weight) {

    /** {@code 07 x 20-99}, as in the {@code strata} table's {@code collapsed_stratum}. */
    public String label() {
        return String.join(" x ", key);
    }

    /** A frame stratum without respondents: not weighted, so it has no weight. */
    public boolean dropped() {
        return weight == null;
    }
}
