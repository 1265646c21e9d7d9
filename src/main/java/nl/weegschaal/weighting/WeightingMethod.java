package nl.weegschaal.weighting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the final weights are formed, and with them which variance formula applies. */
public enum WeightingMethod {
    /** Expansion weights N_h / n_h of stratified simple random sampling without replacement. */
    STRATIFIED,
    /** Equal base weights calibrated to the stratum counts: N_h / n_h, with-replacement variance. */
    POSTSTRATIFY,
    /** Iterative proportional fitting to the margins of each strata column. */
    RAKE;

    /** The name used on the command line and in the result tables. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WeightingMethod fromCode(String code) {
        for (WeightingMethod m : values()) {
            if (m.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown weighting method '" + code + "'; expected one of "
                + Arrays.stream(values()).map(WeightingMethod::code).collect(Collectors.joining(", ")));
    }
}
