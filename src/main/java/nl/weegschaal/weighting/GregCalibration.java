package nl.weegschaal.weighting;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Generalised regression (GREG) calibration of design weights to known population totals
 * (Deville &amp; Särndal 1992, "Calibration estimators in survey sampling", JASA 87), computed as R
 * {@code survey}'s {@code calibrate()} and its solver {@code grake()}: find λ such that the weights
 *
 * <pre>w_i = d_i g_i,   g_i = F(x_i'λ)   (F from {@link CalibrationFunction}, within the bounds)</pre>
 *
 * reproduce the totals, {@code sum_i d_i g_i x_i = T}. Newton on λ from λ = 0 (g = 1):
 *
 * <pre>λ += (sum_i d_i F'(x_i'λ) x_i x_i')^+ (T - sum_i d_i g_i x_i)</pre>
 *
 * with the pseudo-inverse, as {@code grake}'s {@code MASS::ginv} (a column without respondents and
 * with total 0 then keeps λ_j = 0, as {@code calibrate} drops it), halving a step that makes a
 * g-weight non-finite. Unbounded {@code linear} is solved in its first step, the closed form of
 * {@code regcalibrate}. Each iteration is one pass over the respondents and a p x p system.
 *
 * <p>It stops when every total is met to {@code tolerance} relative, {@code |t_j - T_j| / (1 + |T_j|)}
 * (survey's {@code epsilon} criterion), not at survey's default 1e-7. Unlike {@code grake} it does not
 * rescale the weights when every total is over 20 times its estimate: expansion weights estimate
 * the population, so that never applies. A calibration that does not converge, which is how
 * infeasible bounds show, is an error naming the total furthest off.
 */
public final class GregCalibration {
    /** Totals met to this relative miss count as met. */
    public static final double TOLERANCE = 1e-12;
    private static final int MAX_HALVINGS = 60;

    private final CalibrationFunction function;
    private final CalibrationBounds bounds;
    private final int maxIterations;

    public GregCalibration(CalibrationFunction function, CalibrationBounds bounds, int maxIterations) {
        if (function == CalibrationFunction.LOGIT && !bounds.finite()) {
            throw new WeightingException("logit calibration needs finite bounds on the g-weights, got " + bounds);
        }
        if (maxIterations < 1) {
            throw new WeightingException("the calibration needs at least 1 iteration, got " + maxIterations);
        }
        this.function = function;
        this.bounds = bounds;
        this.maxIterations = maxIterations;
    }

    public CalibrationFunction function() {
        return function;
    }

    public CalibrationBounds bounds() {
        return bounds;
    }

    /** Calibrates design weights d (one per model row) to the model's totals. */
    public GregResult calibrate(double[] designWeights, CalibrationModel model) {
        checkWeights(designWeights, model);
        SparseRows rows = model.sparseRows();
        checkCovered(rows, model);
        int p = model.columns();
        double[] lambda = new double[p];
        double[] slope = new double[rows.rows()];
        double[] g = gWeights(rows, lambda, slope);
        double[] misfit = misfit(designWeights, rows, model, g);
        int iterations = 0;
        while (largestMiss(misfit, model) >= TOLERANCE) {
            if (iterations == maxIterations) {
                throw notConverged(designWeights, model, g, misfit);
            }
            iterations++;
            double[] step = newtonStep(designWeights, rows, p, slope, misfit);
            g = stepWithin(rows, lambda, step, slope);
            misfit = misfit(designWeights, rows, model, g);
        }
        return result(designWeights, g, lambda, iterations, largestMiss(misfit, model));
    }

    /** @param slope per respondent, g'(x_i'λ) at the current λ (found with its g-weights) */
    private double[] newtonStep(double[] d, SparseRows rows, int p, double[] slope, double[] misfit) {
        double[][] hessian = new double[p][p];
        FixedSplit split = new FixedSplit(rows.rows());
        for (double[][] part : split.map((from, to) -> hessianPart(d, rows, p, slope, from, to))) {
            for (int j = 0; j < p; j++) {
                for (int k = 0; k <= j; k++) {
                    hessian[j][k] += part[j][k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                hessian[k][j] = hessian[j][k];
            }
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(hessian, false)).getSolver()
                .solve(new ArrayRealVector(misfit, false)).toArray();
    }

    /** The lower triangle of {@code sum d_i g'_i x_i x_i'} over rows [from, to). */
    private static double[][] hessianPart(double[] d, SparseRows rows, int p, double[] slope, int from, int to) {
        double[][] hessian = new double[p][p];
        for (int i = from; i < to; i++) {
            double h = d[i] * slope[i];
            if (h != 0.0) {
                rows.addOuter(i, h, hessian);
            }
        }
        return hessian;
    }

    /**
     * Takes the step, halved while it makes a g-weight non-finite, as grake does; returns the new g,
     * with their derivatives in {@code slope}.
     */
    private double[] stepWithin(SparseRows rows, double[] lambda, double[] step, double[] slope) {
        for (int halving = 0; ; halving++) {
            double[] trial = lambda.clone();
            for (int j = 0; j < trial.length; j++) {
                trial[j] += step[j];
            }
            double[] g = gWeights(rows, trial, slope);
            if (allFinite(g) || halving == MAX_HALVINGS) {
                System.arraycopy(trial, 0, lambda, 0, trial.length);
                return g;
            }
            for (int j = 0; j < step.length; j++) {
                step[j] /= 2;
            }
        }
    }

    /** The g-weights at λ, with each one's derivative written to {@code slope}. */
    private double[] gWeights(SparseRows rows, double[] lambda, double[] slope) {
        double[] g = new double[rows.rows()];
        new FixedSplit(g.length).run((from, to) -> gWeights(rows, lambda, slope, g, from, to));
        return g;
    }

    /** Writes the g-weights of rows [from, to) to {@code g} and their derivatives to {@code slope}. */
    private void gWeights(SparseRows rows, double[] lambda, double[] slope, double[] g, int from, int to) {
        for (int i = from; i < to; i++) {
            g[i] = function.g(rows.dot(i, lambda), bounds, slope, i);
        }
    }

    /**
     * T - sum_i d_i g_i x_i, summed with compensation so that a million rows still meet 1e-12 (per
     * chunk of the split, then the chunks' sums in order).
     */
    private static double[] misfit(double[] d, SparseRows rows, CalibrationModel model, double[] g) {
        CompensatedSums sums = new CompensatedSums(model.columns());
        FixedSplit split = new FixedSplit(g.length);
        for (CompensatedSums part : split.map((from, to) -> misfitPart(d, rows, model, g, from, to))) {
            for (int j = 0; j < model.columns(); j++) {
                sums.add(j, part.sum(j));
            }
        }
        double[] misfit = new double[model.columns()];
        for (int j = 0; j < misfit.length; j++) {
            misfit[j] = model.totals()[j] - sums.sum(j);
        }
        return misfit;
    }

    /** {@code sum_i d_i g_i x_i} over rows [from, to), with compensation. */
    private static CompensatedSums misfitPart(double[] d, SparseRows rows, CalibrationModel model, double[] g,
                                              int from, int to) {
        CompensatedSums sums = new CompensatedSums(model.columns());
        for (int i = from; i < to; i++) {
            rows.addTo(i, d[i] * g[i], sums);
        }
        return sums;
    }

    private static double largestMiss(double[] misfit, CalibrationModel model) {
        double largest = 0;
        for (int j = 0; j < misfit.length; j++) {
            largest = Math.max(largest, relativeMiss(misfit, model, j));
        }
        return Double.isNaN(largest) ? Double.POSITIVE_INFINITY : largest;
    }

    private static double relativeMiss(double[] misfit, CalibrationModel model, int j) {
        double miss = Math.abs(misfit[j]) / (1 + Math.abs(model.totals()[j]));
        return Double.isNaN(miss) ? Double.POSITIVE_INFINITY : miss;
    }

    private WeightingException notConverged(double[] d, CalibrationModel model, double[] g, double[] misfit) {
        int worst = 0;
        for (int j = 1; j < misfit.length; j++) {
            if (relativeMiss(misfit, model, j) > relativeMiss(misfit, model, worst)) {
                worst = j;
            }
        }
        double total = model.totals()[worst];
        String hint = bounds.any() ? "; the bounds " + bounds + " on the g-weights may be infeasible" : "";
        return new WeightingException(function.label() + " calibration did not meet the totals in "
                + maxIterations + " iterations: furthest off is " + model.names().get(worst)
                + " (population total " + Numbers.format(total) + ", calibrated "
                + Numbers.significant(total - misfit[worst], 12) + ", relative miss "
                + Numbers.significant(relativeMiss(misfit, model, worst), 3) + ")" + hint);
    }

    private static GregResult result(double[] d, double[] g, double[] lambda, int iterations, double miss) {
        double[] w = new double[g.length];
        int negative = 0;
        for (int i = 0; i < g.length; i++) {
            w[i] = d[i] * g[i];
            negative += w[i] < 0 ? 1 : 0;
        }
        return new GregResult(g, w, lambda, iterations, miss, negative);
    }

    private static void checkWeights(double[] d, CalibrationModel model) {
        if (d.length != model.respondents()) {
            throw new IllegalArgumentException(d.length + " design weights for " + model.respondents() + " model rows");
        }
        for (int i = 0; i < d.length; i++) {
            if (!(d[i] > 0) || !Double.isFinite(d[i])) {
                throw new WeightingException("the design weight of respondent " + (i + 1)
                        + " must be a positive number, got " + d[i]);
            }
        }
    }

    /** A total that no respondent carries cannot be met: say which, before iterating in vain. */
    private static void checkCovered(SparseRows rows, CalibrationModel model) {
        double[] reach = rows.reach(model.columns());
        for (int j = 0; j < reach.length; j++) {
            if (reach[j] == 0 && model.totals()[j] != 0) {
                throw new WeightingException("no respondent has " + model.names().get(j)
                        + ", so its population total " + Numbers.format(model.totals()[j]) + " cannot be met");
            }
        }
    }

    static double dot(double[] x, double[] lambda) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += x[j] * lambda[j];
        }
        return s;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
