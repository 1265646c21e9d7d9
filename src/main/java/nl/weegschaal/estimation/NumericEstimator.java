package nl.weegschaal.estimation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>The design's calibration decides how the cells of a domain's values are computed
 * ({@link NumericCells}): all at once under the stratified variance ({@link StratifiedNumericCells}),
 * one value at a time with the variance of the residuals on the margins under weights calibrated to
 * margins ({@link MarginNumericCells}), and on a design calibrated to totals ({@link Calibration.ToTotals})
 * {@link GregNumericEstimator}'s cells: the variance of the calibration residuals of x, the weights and
 * strata those of the calibration.
 */
public final class NumericEstimator {
    private final NumericCells cells;

    /**
     * @param stratum per respondent, the index h of its stratum in {@code design.strata()}
     * @param weight  per respondent, its weight w_i
     * @throws IllegalArgumentException for weights calibrated to totals (not made here) or respondents that
     *                                  do not match the design
     */
    public NumericEstimator(Design design, int[] stratum, double[] weight) {
        String method = design.method().code();
        if (design.calibration() instanceof Calibration.ToTotals) {
            GregNumericEstimator greg = new GregNumericEstimator(design);
            if (!Arrays.equals(stratum, greg.stratum()) || !Arrays.equals(weight, greg.weights())) {
                throw new IllegalArgumentException("a design calibrated to totals carries its respondents' strata "
                        + "and weights; the ones given differ from its calibration's");
            }
            this.cells = greg;
        } else if (design.calibration() instanceof Calibration.ToMargins toMargins) {
            this.cells = new MarginNumericCells(new RespondentStrata(design, stratum, weight),
                    new MarginResidualVariance(design, stratum, weight, toMargins), method);
        } else if (design.calibration() instanceof Calibration.None) {
            this.cells = new StratifiedNumericCells(new RespondentStrata(design, stratum, weight), method);
        } else {
            throw new IllegalArgumentException("totals, means and ratios of numeric questions need the stratified "
                    + "variance or that of weights calibrated to margins; these weights are calibrated to totals");
        }
    }

    /**
     * With every respondent carrying the weight of its stratum, or, for a design calibrated to totals,
     * its calibrated weight (respondent i is the calibration's row i; {@code stratum} must be the
     * calibration's).
     */
    public static NumericEstimator of(Design design, int[] stratum) {
        Calibration.ToTotals calibrated = design.toTotals();
        if (calibrated != null) {
            return new NumericEstimator(design, stratum, calibrated.weights());
        }
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
        return totalsAndMeans(variable, y, domainVar, List.of(domainValue), membership(inDomain));
    }

    /**
     * The ratio of the totals of y and z among the domain's respondents with both values.
     *
     * @param y the numerator per respondent, NaN where missing
     * @param z the denominator per respondent, NaN where missing
     */
    public Optional<NumericEstimate> ratio(String numerator, double[] y, String denominator, double[] z,
                                           String domainVar, String domainValue, boolean[] inDomain) {
        return ratios(numerator, y, denominator, z, domainVar, List.of(domainValue), membership(inDomain)).stream()
                .findFirst();
    }

    /**
     * Total and mean of y in every value of a domain variable, in order (no rows for a value where
     * nobody has a value): the same cells as {@link #totalAndMean} per value.
     *
     * @param domain per respondent the index of its value in {@code domainValues}, or -1 for none
     */
    public List<NumericEstimate> totalsAndMeans(String variable, double[] y, String domainVar,
                                                List<String> domainValues, int[] domain) {
        return cells.totalsAndMeans(variable, y, domainVar, domainValues, domain);
    }

    /** The ratio in every value of a domain variable, in order; as {@link #ratio} per value. */
    public List<NumericEstimate> ratios(String numerator, double[] y, String denominator, double[] z,
                                        String domainVar, List<String> domainValues, int[] domain) {
        return cells.ratios(numerator, y, denominator, z, domainVar, domainValues, domain);
    }

    /** A single domain as value 0, everyone else -1. */
    private static int[] membership(boolean[] inDomain) {
        int[] domain = new int[inDomain.length];
        for (int i = 0; i < domain.length; i++) {
            domain[i] = inDomain[i] ? 0 : -1;
        }
        return domain;
    }
}
