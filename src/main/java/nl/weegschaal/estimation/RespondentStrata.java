package nl.weegschaal.estimation;

import nl.weegschaal.weighting.Design;

/**
 * The stratified design at respondent level: the stratum and weight of each respondent, and the
 * design's stratified variance ({@link StratifiedVariance}: fpc, certainty and lonely-stratum rules)
 * applied to a linearised variable given per respondent. Weights may vary within a stratum; the
 * variance is that of stratified sampling of the values {@code x_i} (which carry the weight).
 */
final class RespondentStrata {
    private final int[] stratum;
    private final double[] weight;
    private final StratifiedVariance variance;

    /**
     * @param stratum per respondent, the index h of its stratum in {@code design.strata()}
     * @param weight  per respondent, its weight w_i
     * @throws IllegalArgumentException if the arrays differ in length, an index is out of range, or
     *                                  a stratum's respondents do not number its n_h
     */
    RespondentStrata(Design design, int[] stratum, double[] weight) {
        if (stratum.length != weight.length) {
            throw new IllegalArgumentException("strata given for " + stratum.length + " respondents but weights for "
                    + weight.length);
        }
        this.variance = new StratifiedVariance(design);
        this.stratum = stratum.clone();
        this.weight = weight.clone();
        checkCounts(design);
    }

    private void checkCounts(Design design) {
        checkCounts(design, stratum, "are given");
    }

    /**
     * Every respondent's stratum index is one of the design's, and each stratum has as many
     * respondents as the design counts.
     *
     * @param what how the respondents came, for the message ("are given", "are calibrated")
     */
    static void checkCounts(Design design, int[] stratum, String what) {
        int[] counted = new int[design.strataCount()];
        for (int h : stratum) {
            if (h < 0 || h >= counted.length) {
                throw new IllegalArgumentException("stratum index " + h + " is not one of the design's "
                        + counted.length + " strata");
            }
            counted[h]++;
        }
        for (int h = 0; h < counted.length; h++) {
            if (counted[h] != design.stratum(h).respondents()) {
                throw new IllegalArgumentException("stratum " + design.stratum(h).key() + " has "
                        + design.stratum(h).respondents() + " respondents in the design but " + counted[h] + " "
                        + what);
            }
        }
    }

    int size() {
        return stratum.length;
    }

    double weight(int i) {
        return weight[i];
    }

    /**
     * The stratified variance of the linearised variable x (0 for respondents outside the cell):
     * per stratum, the corrected two-pass sum of squares (Chan, Golub and LeVeque) around the stratum
     * mean over all n_h respondents.
     */
    double variance(double[] x) {
        int strata = variance.strata();
        double[] mean = new double[strata];
        for (int i = 0; i < x.length; i++) {
            mean[stratum[i]] += x[i];
        }
        for (int h = 0; h < strata; h++) {
            mean[h] /= variance.respondents(h);
        }
        double[] within = new double[strata];
        double[] drift = new double[strata];
        double[] aroundZero = new double[strata];
        for (int i = 0; i < x.length; i++) {
            int h = stratum[i];
            double d = x[i] - mean[h];
            within[h] += d * d;
            drift[h] += d;
            aroundZero[h] += x[i] * x[i];
        }
        double v = 0;
        for (int h = 0; h < strata; h++) {
            // corrected two-pass: remove the rounding error of the mean, so that equal values give 0
            double squares = Math.max(0.0, within[h] - drift[h] * drift[h] / variance.respondents(h));
            v += variance.contribution(h, squares, aroundZero[h]);
        }
        return v;
    }

    /** n_d - H_d over the respondents used in a cell. */
    long degreesOfFreedom(boolean[] used) {
        boolean[] seen = new boolean[variance.strata()];
        long n = 0;
        int strata = 0;
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                n++;
                if (!seen[stratum[i]]) {
                    seen[stratum[i]] = true;
                    strata++;
                }
            }
        }
        return n - strata;
    }
}
