package nl.weegschaal.estimation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.Design;

/**
 * Weighted totals, means and ratios of numeric questions under the stratified design (and under weights
 * calibrated to margins, with the variance of {@link MarginResidualVariance}), exactly as
 * R's {@code survey} computes {@code svytotal}, {@code svymean} and {@code svyratio} with
 * {@code na.rm = TRUE} on {@code svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h)} and domains as
 * design subsets. A cell uses the respondents of the domain with a value (with both values, for a
 * ratio), set S, n_d = |S|, W = sum_S w_i; everyone else has x_i = 0 and the design is kept whole:
 *
 * <pre>
 * total:  T = sum_S w y                      x_i = w_i y_i
 * mean:   ybar = T / W                       x_i = w_i (y_i - ybar) / W
 * ratio:  R = sum_S w y / sum_S w z          x_i = w_i (y_i - R z_i) / sum_S w z
 * V = the stratified variance of x ({@link StratifiedVariance#contribution}), se = sqrt(V),
 * Wald = estimate -/+ 1.96 se, df = n_d - H_d
 * </pre>
 *
 * Design effects as {@code deff = TRUE}, with {@code s2 = n_d / (n_d - 1) sum_S w (y - ybar)^2 / W}:
 * {@code V_mean / (s2 (W - n_d) / (W n_d))} for a mean and {@code V_total / (s2 W^2 (W - n_d) / (W n_d))}
 * for a total; null where that is undefined and for ratios. A cell with nobody in S has no row; so has
 * a ratio whose denominator total is 0.
 */
public final class NumericEstimator {
    private final RespondentStrata strata;
    private final String method;
    /** Under weights calibrated to margins, the variance of their residuals; null for the stratified one. */
    private final @Nullable MarginResidualVariance margins;

    /**
     * @param stratum per respondent, the index h of its stratum in {@code design.strata()}
     * @param weight  per respondent, its weight w_i
     * @throws IllegalArgumentException for weights calibrated to totals (not made here) or respondents that
     *                                  do not match the design
     */
    public NumericEstimator(Design design, int[] stratum, double[] weight) {
        if (design.calibration() instanceof Calibration.ToMargins toMargins) {
            this.margins = new MarginResidualVariance(design, stratum, weight, toMargins);
        } else if (design.calibration() instanceof Calibration.None) {
            this.margins = null;
        } else {
            throw new IllegalArgumentException("totals, means and ratios of numeric questions need the stratified "
                    + "variance or that of weights calibrated to margins; these weights are calibrated to totals");
        }
        this.strata = new RespondentStrata(design, stratum, weight);
        this.method = design.method().code();
    }

    /** The variance of a linearised variable: stratified, or of its residuals on the calibration's margins. */
    private double variance(double[] x) {
        return margins == null ? strata.variance(x) : margins.variance(x);
    }

    /** With every respondent carrying the weight of its stratum. */
    public static NumericEstimator of(Design design, int[] stratum) {
        double[] w = design.weights();
        double[] weight = new double[stratum.length];
        for (int i = 0; i < stratum.length; i++) {
            weight[i] = stratum[i] >= 0 && stratum[i] < w.length ? w[stratum[i]] : Double.NaN;
        }
        return new NumericEstimator(design, stratum, weight);
    }

    /**
     * The weighted total and mean of y in a domain, in that order; no rows if nobody in the domain
     * has a value.
     *
     * @param y        per respondent, the value; NaN where missing
     * @param inDomain per respondent, whether it belongs to the domain (all true for the whole sample)
     */
    public List<NumericEstimate> totalAndMean(String variable, double[] y, String domainVar, String domainValue,
                                              boolean[] inDomain) {
        Cell cell = Cell.of(strata, inDomain, y, null);
        if (cell.respondents() == 0) {
            return List.of();
        }
        double[] x = new double[y.length];
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            if (cell.used()[i]) {
                x[i] = strata.weight(i) * y[i];
                total += x[i];
            }
        }
        double totalVariance = variance(x);
        SpreadOfValues spread = SpreadOfValues.of(strata, cell, y);
        double mean = spread.constant() ? spread.first() : total / cell.weightSum();
        double meanVariance = spread.constant() ? 0.0 : variance(centred(cell, y, mean, cell.weightSum()));
        return List.of(
                row(NumericStatistic.TOTAL, variable, domainVar, domainValue, cell, total, totalVariance,
                        spread.deffOfTotal(totalVariance)),
                row(NumericStatistic.MEAN, variable, domainVar, domainValue, cell, mean, meanVariance,
                        spread.deffOfMean(meanVariance)));
    }

    /**
     * The ratio of the totals of y and z among the domain's respondents with both values.
     *
     * @param y the numerator per respondent, NaN where missing
     * @param z the denominator per respondent, NaN where missing
     */
    public Optional<NumericEstimate> ratio(String numerator, double[] y, String denominator, double[] z,
                                           String domainVar, String domainValue, boolean[] inDomain) {
        Cell cell = Cell.of(strata, inDomain, y, z);
        double top = 0;
        double bottom = 0;
        for (int i = 0; i < y.length; i++) {
            if (cell.used()[i]) {
                top += strata.weight(i) * y[i];
                bottom += strata.weight(i) * z[i];
            }
        }
        if (cell.respondents() == 0 || bottom == 0) {
            return Optional.empty();
        }
        double ratio = top / bottom;
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (cell.used()[i]) {
                x[i] = strata.weight(i) * (y[i] - ratio * z[i]) / bottom;
            }
        }
        return Optional.of(row(NumericStatistic.RATIO, numerator + "/" + denominator, domainVar, domainValue, cell,
                ratio, variance(x), null));
    }

    /** x_i = w_i (y_i - centre) / scale in the cell, 0 outside. */
    private double[] centred(Cell cell, double[] y, double centre, double scale) {
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (cell.used()[i]) {
                x[i] = strata.weight(i) * (y[i] - centre) / scale;
            }
        }
        return x;
    }

    private NumericEstimate row(NumericStatistic statistic, String variable, String domainVar, String domainValue,
                                Cell cell, double estimate, double variance, Double deff) {
        double se = Math.sqrt(Math.max(0.0, variance));
        Interval wald = Interval.of(estimate - ConfidenceIntervals.WALD_Z * se,
                estimate + ConfidenceIntervals.WALD_Z * se);
        return new NumericEstimate(statistic, variable, domainVar, domainValue, cell.respondents(), cell.weightSum(),
                estimate, se, wald, deff, margins == null ? strata.degreesOfFreedom(cell.used())
                : MarginResidualVariance.degreesOfFreedom(cell.used()), method);
    }
}
