package nl.weegschaal.weighting;

import java.util.List;
import java.util.Locale;

/**
 * Trimming: weights above the cap of a {@link TrimRule} are cut and the trimmed amount is spread
 * over the other weights so that the frame totals still hold (raking with bounds). Under
 * stratification and post-stratification every stratum's weights must add up to its own N, so
 * there is nothing to spread a cut over: a weight above the cap there is an error that names the
 * stratum, never a silent no-op.
 */
final class TrimmedWeighting implements Weighting {
    private final Weighting untrimmed;
    private final WeightingMethod method;
    private final LonelyPsu lonelyPsu;
    private final TrimRule rule;

    TrimmedWeighting(Weighting untrimmed, WeightingMethod method, LonelyPsu lonelyPsu, TrimRule rule) {
        this.untrimmed = untrimmed;
        this.method = method;
        this.lonelyPsu = lonelyPsu;
        this.rule = rule;
    }

    @Override
    public Design weigh(List<String> strataColumns, List<StratumWeight> strata) {
        Design plain = untrimmed.weigh(strataColumns, strata);
        double cap = rule.cap(plain);
        StratumWeight largest = plain.strata().stream().max(java.util.Comparator.comparingDouble(StratumWeight::weight))
                .orElseThrow();
        if (largest.weight() <= cap) {
            return plain;
        }
        if (!method.spreadsTrimmedWeight()) {
            throw new WeightingException(String.format(Locale.ROOT, "trimming to a cap of %s cannot keep the "
                            + "population of stratum %s: under %s its %d respondents must add up to N = %s, a weight "
                            + "of %s; use rake, raise the cap, or collapse the stratum", Numbers.significant(cap, 6),
                    largest.key(), method.code(), largest.respondents(), Numbers.format(largest.population()),
                    Numbers.format(largest.weight())));
        }
        Design trimmed = new Raking(lonelyPsu, Raking.DEFAULT_MAX_SWEEPS, cap).weigh(strataColumns, strata);
        return trimmed;
    }

}
