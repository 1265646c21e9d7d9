package nl.weegschaal.estimation;

import nl.weegschaal.weighting.WeightDiagnostics;
import org.jspecify.annotations.Nullable;

/**
 * One published cell: the weighted proportion of one level of a variable in one domain, with its
 * standard error, intervals and design effect. Proportions are fractions (0.172, not 17.2).
 *
 * @param nUnweighted   n_d, the domain's respondents who answered the variable
 * @param weightedCount the estimated number of establishments, {@code p W}
 * @param deff          the design effect, null where p is 0 or 1 or it is otherwise undefined
 */
public record Estimate(String variable, String level, String domainVar, String domainValue,
                       long nUnweighted, double weightedCount, double estimate, double se,
                       Interval wald, Interval logit, Interval beta, @Nullable Double deff, long df,
                       String method) {
    /**
     * The domain variable and value of the whole sample ({@code total}), in {@code estimates} and
     * {@code weight_diagnostics} alike: the name to use outside the statistics core. Its one definition
     * is {@link WeightDiagnostics#TOTAL}, in weighting, which estimation builds on.
     */
    public static final String TOTAL = WeightDiagnostics.TOTAL;
}
