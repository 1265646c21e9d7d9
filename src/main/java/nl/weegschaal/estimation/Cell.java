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
        int size = strata.size();
        requireLength("domain membership", inDomain.length, size);
        requireLength("values", y.length, size);
        if (z != null) {
            requireLength("denominator values", z.length, size);
        }
        boolean[] used = new boolean[size];
        long n = 0;
        double w = 0;
        for (int i = 0; i < size; i++) {
            used[i] = inDomain[i] && !Double.isNaN(y[i]) && (z == null || !Double.isNaN(z[i]));
            if (used[i]) {
                n++;
                w += strata.weight(i);
            }
        }
        return new Cell(used, n, w);
    }

    static void requireLength(String what, int length, int size) {
        if (length != size) {
            throw new IllegalArgumentException(what + " given for " + length + " respondents, the design has " + size);
        }
    }
}
