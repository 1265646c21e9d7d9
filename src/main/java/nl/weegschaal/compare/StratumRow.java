package nl.weegschaal.compare;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row of a result's {@code strata} table: the stratum's values, N_h, n_h and weight (null if dropped). */
public record StratumRow(List<String> key, @Nullable Double population, long respondents, @Nullable Double weight) {

    /** {@code 07 x 20-99}, as in the {@code strata} table's {@code collapsed_stratum}. */
    public String label() {
        return String.join(" x ", key);
    }
}
