package nl.weegschaal.publish;

import org.jspecify.annotations.Nullable;

/**
 * How a run's weights came about beyond the plain method, for the {@code runs} table: what was
 * calibrated to which margins, which strata were collapsed into which, and what trimming did.
 *
 * @param calibration       the method and what its weights are calibrated to, in words
 * @param margins           the margins the weights are calibrated to ({@code sector_cluster; size_class} for
 *                          raking, the cells for post-stratification), null for plain stratified weights
 * @param collapsed         every design stratum formed from more than one stratum, with its strata, e.g.
 *                          {@code 07 x 20-99+100+ = 07 x 20-99 + 07 x 100+}, separated by {@code ; }; null
 *                          when nothing was collapsed
 * @param collapsedStrata   the original strata merged into a design stratum with others
 * @param trimCap           the cap on the weights, null without trimming
 * @param trimmedStrata     the design strata whose weight was above the cap
 * @param trimmedWeight     the weight the capped respondents lost, spread over the others
 */
public record Reweighting(String calibration, @Nullable String margins, @Nullable String collapsed,
                          long collapsedStrata, @Nullable Double trimCap, long trimmedStrata,
                          @Nullable Double trimmedWeight) {
}
