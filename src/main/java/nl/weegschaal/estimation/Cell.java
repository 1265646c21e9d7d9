package nl.weegschaal.estimation;

import org.jspecify.annotations.Nullable;

/**
 * The respondents a numeric cell uses ({@code na.rm = TRUE} within a domain): those in the domain
 * whose value, and second value for a ratio, is not missing (NaN).
 *
 * @param used        per respondent, whether it is in the cell
 * @param respondents n_d
 * @param weightSum   W, the sum of their weights
 */
record Cell(boolean[] used, long respondents, double weightSum) {

    static Cell of(RespondentStrata strata, boolean[] inDomain, double[] y, double @Nullable [] z) {
        requireLengths(strata, inDomain.length, y, z);
        int size = strata.size();
        boolean[] used = new boolean[size];
        long n = 0;
        double w = 0;
        for (int i = 0; i < size; i++) {
            used[i] = inDomain[i] && answered(y, z, i);
            if (used[i]) {
                n++;
                w += strata.weight(i);
            }
        }
        return new Cell(used, n, w);
    }

    /** Whether respondent i has a value, and a second value for a ratio ({@code z} not null). */
    static boolean answered(double[] y, double @Nullable [] z, int i) {
        return !Double.isNaN(y[i]) && (z == null || !Double.isNaN(z[i]));
    }

    /** Checks that the domain membership, the values and the denominator values (if any) are per respondent. */
    static void requireLengths(RespondentStrata strata, int membership, double[] y, double @Nullable [] z) {
        requireLength("domain membership", membership, strata.size());
        requireLength("values", y.length, strata.size());
        if (z != null) {
            requireLength("denominator values", z.length, strata.size());
        }
    }

    static void requireLength(String what, int length, int size) {
        if (length != size) {
            throw new IllegalArgumentException(what + " given for " + length + " respondents, the design has " + size);
        }
    }

    /** Checks that each respondent's index (into domain values, levels) is -1 (none) or below {@code size}. */
    static void checkIndices(String what, int[] index, int size) {
        for (int i = 0; i < index.length; i++) {
            if (index[i] < -1 || index[i] >= size) {
                throw new IllegalArgumentException(what + " of respondent " + (i + 1) + " is " + index[i]
                        + ", not -1 or an index below " + size);
            }
        }
    }
}
