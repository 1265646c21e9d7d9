package nl.weegschaal.estimation;

import org.jspecify.annotations.Nullable;

/**
 * One cell of a numeric question: a weighted total, mean or ratio in one domain, with its standard
 * error, Wald interval ({@code estimate -/+ 1.96 se}) and design effect.
 *
 * @param variable      the variable, or {@code num/den} for a ratio
 * @param nUnweighted   n_d, the domain's respondents with a value (with both values, for a ratio)
 * @param weightedCount W_d, their sum of weights
 * @param deff          as {@code survey}'s {@code deff = TRUE}; null for ratios and where undefined
 *                      (fewer than two respondents, all values equal, W_d = n_d)
 * @param df            n_d - H_d, H_d the strata with a respondent in the cell
 */
public record NumericEstimate(NumericStatistic statistic, String variable, String domainVar, String domainValue,
                              long nUnweighted, double weightedCount, double estimate, double se,
                              Interval wald, @Nullable Double deff, long df, String method) {

    /** A cell from its estimate and variance: se = sqrt(V) (0 for a V that rounding made negative), Wald = estimate -/+ 1.96 se. */
    static NumericEstimate of(NumericStatistic statistic, String variable, String domainVar, String domainValue,
                              long nUnweighted, double weightedCount, double estimate, double variance,
                              @Nullable Double deff, long df, String method) {
        double se = Math.sqrt(Math.max(0.0, variance));
        Interval wald = Interval.of(estimate - ConfidenceIntervals.WALD_Z * se, estimate + ConfidenceIntervals.WALD_Z * se);
        return new NumericEstimate(statistic, variable, domainVar, domainValue, nUnweighted, weightedCount, estimate,
                se, wald, deff, df, method);
    }
}
