package nl.weegschaal.weighting;

/**
 * The weights of one domain at a glance (see {@link WeightDiagnostics} for the definitions).
 *
 * @param domainVar           the domain variable, or {@code total} for the whole sample
 * @param domainValue         the domain's value, or {@code total}
 * @param respondents         n, the respondents in the domain
 * @param sumOfWeights        the sum of their weights (the estimated population of the domain)
 * @param minWeight           the smallest weight
 * @param medianWeight        the median weight over the respondents
 * @param maxWeight           the largest weight
 * @param cv                  the coefficient of variation of the weights, sd / mean, with the 1/n variance
 * @param kishDeff            Kish's design effect due to weighting, 1 + cv^2 = n sum(w^2) / (sum w)^2
 * @param effectiveN          the effective sample size n / kishDeff = (sum w)^2 / sum(w^2)
 * @param largestWeightStrata the strata with the largest weights, e.g. {@code 07 x 100+ (w = 123.4, n = 2)}
 */
public record WeightDiagnostic(String domainVar, String domainValue, long respondents, double sumOfWeights,
                               double minWeight, double medianWeight, double maxWeight, double cv, double kishDeff,
                               double effectiveN, String largestWeightStrata) {
}
