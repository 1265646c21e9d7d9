package nl.weegschaal.estimation;

/**
 * The calibrated variances of every cell of one variable by one domain variable, in two passes over
 * the respondents, as {@code survey}'s {@code svyrecvar} computes them for a calibrated design but
 * without a pass per cell.
 *
 * <p>The cell of domain value v is the set S_v of its used respondents. Each statistic s of the cell
 * has a linearised variable {@code z_i = c_s . f(i)} on S_v (f the respondent's features, c_s the
 * statistic's coefficients) and 0 elsewhere; its variance is the stratified variance
 * ({@link StratifiedVariance#contribution}) of {@code u_i = w_i (z_i - x_i'B)} with
 * {@code B = (sum d x x')^+ sum_{S_v} d x z} (GregModel). Because z is 0 outside S_v:
 * <ul>
 *   <li>pass 1 collects per cell {@code sum_{S_v} d x f} (the moments B needs) and
 *       {@code sum_{S_v in h} w f}, and per group and stratum the moments of {@link GroupMoments};</li>
 *   <li>inside S_v, u_i is computed in pass 2 and summed around a provisional stratum mean
 *       (a corrected two-pass sum of squares, so that vanishing residuals give 0 cleanly);</li>
 *   <li>outside, u_i = -w_i x_i'B, whose sum and sum of squares per stratum are
 *       {@code -B' sum w x} and {@code B' (sum w^2 x x') B} over the other groups.</li>
 * </ul>
 */
final class GregCells {
    private final GregModel model;
    private final int[] domain;
    private final boolean[] used;
    private final Features features;
    private final int domains;
    private final int strata;
    private final int featureCount;
    private final GroupMoments moments;
    private final double[] moment;
    private final double[] weightedFeatures;

    /** The features of a respondent, from which each statistic's linearised variable is made. */
    interface Features {
        int count();

        /** Writes respondent i's features into {@code into} (length {@link #count()}). */
        void of(int i, double[] into);
    }

    /** A cell statistic's variance and {@code sum_{S_v} w z^2}. */
    record Spread(double variance, double weightedSquares) {
    }

    GregCells(GregModel model, int[] domain, int domains, boolean[] used, Features features) {
        if (domain.length != model.size() || used.length != model.size()) {
            throw new IllegalArgumentException("answers and domains are given for " + used.length + " and "
                    + domain.length + " respondents, the calibration has " + model.size());
        }
        this.model = model;
        this.domain = domain;
        this.used = used;
        this.features = features;
        this.domains = domains;
        this.strata = model.strata.strata();
        this.featureCount = features.count();
        this.moments = new GroupMoments(model, domain, domains, used);
        this.moment = new double[domains * featureCount * model.p];
        this.weightedFeatures = new double[domains * strata * featureCount];
        firstPass();
    }

    private void firstPass() {
        double[] f = new double[featureCount];
        int p = model.p;
        for (int i = 0; i < model.size(); i++) {
            int v = domain[i];
            if (v < 0 || !used[i]) {
                continue;
            }
            features.of(i, f);
            double d = model.designWeight[i];
            double w = model.weight[i];
            int wfBase = (v * strata + model.stratum[i]) * featureCount;
            for (int k = 0; k < featureCount; k++) {
                if (f[k] == 0) {
                    continue;
                }
                weightedFeatures[wfBase + k] += w * f[k];
                int base = (v * featureCount + k) * p;
                for (int a = model.start[i]; a < model.start[i + 1]; a++) {
                    moment[base + model.columns[a]] += d * model.values[a] * f[k];
                }
            }
        }
    }

    /** n_d of domain value v's cell. */
    long respondents(int v) {
        long n = 0;
        for (int h = 0; h < strata; h++) {
            n += moments.inCell(v, h);
        }
        return n;
    }

    /** n_d - H_d of domain value v's cell. */
    long degreesOfFreedom(int v) {
        long df = 0;
        for (int h = 0; h < strata; h++) {
            long n = moments.inCell(v, h);
            df += n > 0 ? n - 1 : 0;
        }
        return df;
    }

    /** {@code sum_{S_v} w f}, per feature. */
    double[] weightedFeatures(int v) {
        double[] s = new double[featureCount];
        for (int h = 0; h < strata; h++) {
            for (int k = 0; k < featureCount; k++) {
                s[k] += weightedFeatures[(v * strata + h) * featureCount + k];
            }
        }
        return s;
    }

    /**
     * The spread of every statistic of every cell: {@code coefficients[v][s]} the coefficients c_s of
     * statistic s of domain value v, or {@code coefficients[v] == null} for a cell not estimated.
     */
    Spread[][] spreads(double[][][] coefficients) {
        CellFits fits = new CellFits(coefficients);
        fits.secondPass();
        Spread[][] out = new Spread[domains][];
        for (int v = 0; v < domains; v++) {
            if (coefficients[v] != null) {
                out[v] = fits.spreads(v);
            }
        }
        return out;
    }

    /** The fits of all cells' statistics and their sums around provisional stratum means. */
    private final class CellFits {
        private final double[][][] coefficients;
        private final double[][][] fit;
        private final double[][][] centre;
        private final double[][][] outsideSum;
        private final double[][][] outsideSquares;
        private final double[][][] insideSum;
        private final double[][][] insideSquares;
        private final double[][] weightedSquares;

        CellFits(double[][][] coefficients) {
            this.coefficients = coefficients;
            fit = new double[domains][][];
            centre = new double[domains][][];
            outsideSum = new double[domains][][];
            outsideSquares = new double[domains][][];
            insideSum = new double[domains][][];
            insideSquares = new double[domains][][];
            weightedSquares = new double[domains][];
            for (int v = 0; v < domains; v++) {
                if (coefficients[v] != null) {
                    prepare(v);
                }
            }
        }

        private void prepare(int v) {
            int stats = coefficients[v].length;
            int p = model.p;
            fit[v] = new double[stats][];
            for (int s = 0; s < stats; s++) {
                double[] m = new double[p];
                for (int k = 0; k < featureCount; k++) {
                    double c = coefficients[v][s][k];
                    for (int j = 0; j < p && c != 0; j++) {
                        m[j] += c * moment[(v * featureCount + k) * p + j];
                    }
                }
                fit[v][s] = model.fit(m);
            }
            centre[v] = new double[stats][strata];
            outsideSum[v] = new double[stats][strata];
            outsideSquares[v] = new double[stats][strata];
            insideSum[v] = new double[stats][strata];
            insideSquares[v] = new double[stats][strata];
            weightedSquares[v] = new double[stats];
            double[] firstOut = new double[p];
            double[] secondOut = new double[p * p];
            for (int h = 0; h < strata; h++) {
                moments.outside(v, h, firstOut, secondOut);
                double[] firstIn = moments.cellFirst(v, h);
                long nOut = model.strata.respondents(h) - moments.inCell(v, h);
                for (int s = 0; s < stats; s++) {
                    double[] b = fit[v][s];
                    double zIn = 0;
                    for (int k = 0; k < featureCount; k++) {
                        zIn += coefficients[v][s][k] * weightedFeatures[(v * strata + h) * featureCount + k];
                    }
                    double fittedOut = dot(firstOut, b);
                    double m = (zIn - dot(firstIn, b) - fittedOut) / model.strata.respondents(h);
                    centre[v][s][h] = m;
                    outsideSum[v][s][h] = -fittedOut - nOut * m;
                    outsideSquares[v][s][h] = GroupMoments.quadratic(secondOut, b, p) + 2 * m * fittedOut
                            + nOut * m * m;
                }
            }
        }

        void secondPass() {
            double[] f = new double[featureCount];
            for (int i = 0; i < model.size(); i++) {
                int v = domain[i];
                if (v < 0 || !used[i] || coefficients[v] == null) {
                    continue;
                }
                features.of(i, f);
                int h = model.stratum[i];
                double w = model.weight[i];
                double[][] c = coefficients[v];
                for (int s = 0; s < c.length; s++) {
                    double z = 0;
                    for (int k = 0; k < featureCount; k++) {
                        z += c[s][k] * f[k];
                    }
                    double u = w * (z - model.dot(i, fit[v][s])) - centre[v][s][h];
                    insideSum[v][s][h] += u;
                    insideSquares[v][s][h] += u * u;
                    weightedSquares[v][s] += w * z * z;
                }
            }
        }

        Spread[] spreads(int v) {
            Spread[] out = new Spread[coefficients[v].length];
            for (int s = 0; s < out.length; s++) {
                double variance = 0;
                for (int h = 0; h < strata; h++) {
                    double n = model.strata.respondents(h);
                    double m = centre[v][s][h];
                    double sum = insideSum[v][s][h] + outsideSum[v][s][h];
                    double squares = insideSquares[v][s][h] + outsideSquares[v][s][h];
                    double within = Math.max(0.0, squares - sum * sum / n);
                    double aroundZero = Math.max(0.0, squares + 2 * m * sum + n * m * m);
                    variance += model.strata.contribution(h, within, aroundZero);
                }
                out[s] = new Spread(variance, weightedSquares[v][s]);
            }
            return out;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
