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
}
