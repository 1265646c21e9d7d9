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
     * The stratified variance of the linearised variable x (0 for respondents outside the cell): per
     * stratum, the corrected two-pass sum of squares (Chan, Golub and LeVeque) around the stratum mean
     * over all n_h respondents.
     */
    double variance(double[] x) {
        int[] all = new int[x.length];
        return variances(x, all, 1)[0];
    }

    /**
     * The stratified variance of a linearised variable in each of several cells at once, as
     * {@link #variance} gives it for each: a respondent is in one cell at most ({@code cell[i]}, -1 for
     * none), so {@code x} holds every cell's variable, and in cell v's variance every respondent outside
     * v counts as 0. Per cell and stratum, with c_vh of the n_h respondents in the cell: the mean
     * m = sum_vh x / n_h, and the corrected two-pass sum of squares over all n_h, the n_h - c_vh zeros
     * adding (n_h - c_vh) m^2 to the squares and -(n_h - c_vh) m to the drift. Two passes whatever the
     * number of cells.
     */
    double[] variances(double[] x, int[] cell, int cells) {
        int strata = variance.strata();
        double[][] mean = new double[cells][strata];
        int[][] members = new int[cells][strata];
        for (int i = 0; i < x.length; i++) {
            if (cell[i] >= 0) {
                mean[cell[i]][stratum[i]] += x[i];
                members[cell[i]][stratum[i]]++;
            }
        }
        double[][] within = new double[cells][strata];
        double[][] drift = new double[cells][strata];
        double[][] aroundZero = new double[cells][strata];
        for (int v = 0; v < cells; v++) {
            for (int h = 0; h < strata; h++) {
                mean[v][h] /= variance.respondents(h);
            }
        }
        for (int i = 0; i < x.length; i++) {
            int v = cell[i];
            if (v >= 0) {
                int h = stratum[i];
                double d = x[i] - mean[v][h];
                within[v][h] += d * d;
                drift[v][h] += d;
                aroundZero[v][h] += x[i] * x[i];
            }
        }
        double[] variances = new double[cells];
        for (int v = 0; v < cells; v++) {
            for (int h = 0; h < strata; h++) {
                double zeros = variance.respondents(h) - members[v][h];
                double m = mean[v][h];
                double w = within[v][h] + zeros * m * m;
                double e = drift[v][h] - zeros * m;
                // corrected two-pass: remove the rounding error of the mean, so that equal values give 0
                double squares = Math.max(0.0, w - e * e / variance.respondents(h));
                variances[v] += variance.contribution(h, squares, aroundZero[v][h]);
            }
        }
        return variances;
    }

    /** The stratum index of respondent i. */
    int stratum(int i) {
        return stratum[i];
    }

    /** The number of the design's strata. */
    int strataCount() {
        return variance.strata();
    }
}
