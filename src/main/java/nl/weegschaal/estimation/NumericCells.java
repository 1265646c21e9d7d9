package nl.weegschaal.estimation;

import java.util.List;

/**
 * How {@link NumericEstimator} computes the cells of a numeric question in every value of a domain
 * variable: under the stratified design ({@link StratifiedNumericCells}), under weights calibrated to
 * margins ({@link MarginNumericCells}) or to totals ({@link GregNumericEstimator}).
 */
interface NumericCells {
    /**
     * Total and mean of y in every value, in order; no rows for a value where nobody has a value.
     *
     * @param y      per respondent, the value; NaN where missing
     * @param domain per respondent the index of its value in {@code values}, or -1 for none
     */
    List<NumericEstimate> totalsAndMeans(String variable, double[] y, String domainVar, List<String> values,
                                         int[] domain);

    /**
     * The ratio of the totals of y and z in every value, among the respondents with both values, in
     * order; no row for a value where nobody has both or the denominator's total is 0.
     */
    List<NumericEstimate> ratios(String numerator, double[] y, String denominator, double[] z, String domainVar,
                                 List<String> values, int[] domain);
}
