package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.weighting.Design;
import org.jspecify.annotations.Nullable;

/**
 * Weighted totals, means and ratios of numeric questions on a design calibrated to totals (GREG),
 * exactly as R's {@code survey} gives {@code svytotal}, {@code svymean} ({@code deff = TRUE}) and
 * {@code svyratio} with {@code na.rm = TRUE} on the calibrated design and domains as design subsets.
 * A cell uses the domain's respondents with a value (both values, for a ratio), set S, n_d = |S|,
 * W = sum_S w; the linearised variable z is 0 outside S:
 *
 * <pre>
 * total:  T = sum_S w y             z_i = y_i
 * mean:   ybar = T / W              z_i = (y_i - ybar) / W
 * ratio:  R = sum_S w y / sum_S w x z_i = (y_i - R x_i) / sum_S w x
 * V = stratified variance of w_i e_i, e = z - X B the residual of z on the calibration model
 *     weighted by the design weights over the whole sample ({@link GregCells}), se = sqrt(V),
 * Wald = estimate -/+ 1.96 se, df = n_d - H_d, weighted count = W
 * </pre>
 *
 * Design effects as {@code deff = TRUE} on the calibrated design, {@code s2 = n_d / (n_d - 1) sum_S w
 * (y - ybar)^2 / W} with the calibrated weights: {@code V_mean / (s2 (W - n_d) / (W n_d))} and
 * {@code V_total / (s2 W^2 (W - n_d) / (W n_d))}; null for ratios, all values equal, n_d &lt; 2 or
 * W &le; n_d. A mean whose values are all equal is that value with se 0. A cell with nobody in S has
 * no row; so has a ratio whose denominator total is 0.
 */
final class GregNumericEstimator implements NumericCells {
    private final GregModel model;
    private final String method;

    GregNumericEstimator(Design design) {
        this.model = GregModel.of(design);
        this.method = design.method().code();
    }

    int[] stratum() {
        return model.stratum.clone();
    }

    double[] weights() {
        return model.weight.clone();
    }

    /** Total and mean of every domain value (in order) with a value; see {@link NumericEstimator}. */
    @Override
    public List<NumericEstimate> totalsAndMeans(String variable, double[] y, String domainVar, List<String> domainValues,
                                         int[] domain) {
        Cell.checkIndices("domain", domain, domainValues.size());
        boolean[] used = new boolean[y.length];
        for (int i = 0; i < used.length; i++) {
            used[i] = !Double.isNaN(y[i]);
        }
        GregCells cells = new GregCells(model, domain, domainValues.size(), used, new Values(y, null));
        Constancy constancy = new Constancy(y, used, domain, domainValues.size());
        double[][][] coefficients = new double[domainValues.size()][][];
        double[] mean = new double[coefficients.length];
        for (int v = 0; v < coefficients.length; v++) {
            if (cells.respondents(v) > 0) {
                double[] sums = cells.weightedFeatures(v);
                boolean constant = constancy.constant(v);
                mean[v] = constant ? constancy.first(v) : sums[1] / sums[0];
                coefficients[v] = new double[][] {{0, 1}, constant ? new double[2]
                        : new double[] {-mean[v] / sums[0], 1 / sums[0]}};
            }
        }
        GregCells.Spread[][] spreads = cells.spreads(coefficients);
        List<NumericEstimate> rows = new ArrayList<>();
        for (int v = 0; v < coefficients.length; v++) {
            if (coefficients[v] != null) {
                DomainCell cell = new DomainCell(cells, v, domainVar, domainValues.get(v));
                double w = cell.weight;
                double squares = spreads[v][1].weightedSquares() * w * w;
                boolean constant = constancy.constant(v);
                double totalVariance = spreads[v][0].variance();
                rows.add(cell.row(NumericStatistic.TOTAL, variable, cells.weightedFeatures(v)[1], totalVariance,
                        constant ? null : deff(totalVariance, squares, w * w, cell)));
                rows.add(cell.row(NumericStatistic.MEAN, variable, mean[v], spreads[v][1].variance(),
                        constant ? null : deff(spreads[v][1].variance(), squares, 1, cell)));
            }
        }
        return rows;
    }

    /** The ratio of the totals of y and x in every domain value (in order); see {@link NumericEstimator}. */
    @Override
    public List<NumericEstimate> ratios(String numerator, double[] y, String denominator, double[] x, String domainVar,
                                 List<String> domainValues, int[] domain) {
        Cell.checkIndices("domain", domain, domainValues.size());
        boolean[] used = new boolean[y.length];
        for (int i = 0; i < used.length; i++) {
            used[i] = !Double.isNaN(y[i]) && !Double.isNaN(x[i]);
        }
        GregCells cells = new GregCells(model, domain, domainValues.size(), used, new Values(y, x));
        double[][][] coefficients = new double[domainValues.size()][][];
        for (int v = 0; v < coefficients.length; v++) {
            double[] sums = cells.weightedFeatures(v);
            if (cells.respondents(v) > 0 && sums[2] != 0) {
                coefficients[v] = new double[][] {{0, 1 / sums[2], -(sums[1] / sums[2]) / sums[2]}};
            }
        }
        GregCells.Spread[][] spreads = cells.spreads(coefficients);
        List<NumericEstimate> rows = new ArrayList<>();
        for (int v = 0; v < coefficients.length; v++) {
            if (coefficients[v] != null) {
                double[] sums = cells.weightedFeatures(v);
                rows.add(new DomainCell(cells, v, domainVar, domainValues.get(v)).row(NumericStatistic.RATIO,
                        numerator + "/" + denominator, sums[1] / sums[2], spreads[v][0].variance(), null));
            }
        }
        return rows;
    }

    /** V / (s2 scale (W - n) / (W n)), s2 = n / (n - 1) squares / W; null where undefined. */
    private static @Nullable Double deff(double variance, double squares, double scale, DomainCell cell) {
        double n = cell.respondents;
        double w = cell.weight;
        if (n < 2 || w <= n) {
            return null;
        }
        double s2 = n / (n - 1) * squares / w;
        double deff = variance / (s2 * scale * (w - n) / (w * n));
        return Double.isFinite(deff) ? deff : null;
    }

    /** One domain value's cell: n_d, W, df and where it is. */
    private final class DomainCell {
        final long respondents;
        final double weight;
        final long df;
        final String domainVar;
        final String domainValue;

        DomainCell(GregCells cells, int v, String domainVar, String domainValue) {
            this.respondents = cells.respondents(v);
            this.weight = cells.weightedFeatures(v)[0];
            this.df = cells.degreesOfFreedom(v);
            this.domainVar = domainVar;
            this.domainValue = domainValue;
        }

        NumericEstimate row(NumericStatistic statistic, String variable, double estimate, double variance,
                            @Nullable Double deff) {
            return NumericEstimate.of(statistic, variable, domainVar, domainValue, respondents, weight, estimate,
                    variance, deff, df, method);
        }
    }

    /** Features: 1, y and (for a ratio) its denominator x. */
    record Values(double[] y, double @Nullable [] x) implements GregCells.Features {
        @Override
        public int count() {
            return x == null ? 2 : 3;
        }

        @Override
        public boolean oneAndValue() {
            return x == null;
        }

        @Override
        public void of(int i, double[] into) {
            into[0] = 1;
            into[1] = y[i];
            if (x != null) {
                into[2] = x[i];
            }
        }
    }

    /** Per domain value, whether every used respondent has the same value (checked exactly), and that value. */
    private static final class Constancy {
        private final double[] first;
        private final boolean[] varies;

        Constancy(double[] y, boolean[] used, int[] domain, int domains) {
            double[] firsts = new double[domains];
            java.util.Arrays.fill(firsts, Double.NaN);
            boolean[] differ = new boolean[domains];
            for (int i = 0; i < y.length; i++) {
                int v = domain[i];
                if (v >= 0 && used[i]) {
                    if (Double.isNaN(firsts[v])) {
                        firsts[v] = y[i];
                    }
                    differ[v] |= y[i] != firsts[v];
                }
            }
            first = firsts;
            varies = differ;
        }

        boolean constant(int v) {
            return !varies[v];
        }

        double first(int v) {
            return first[v];
        }
    }
}
