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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrimmedWeighting.class);
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
        if (method != WeightingMethod.RAKE) {
            throw new WeightingException(String.format(Locale.ROOT, "trimming to a cap of %s cannot keep the "
                            + "population of stratum %s: under %s its %d respondents must add up to N = %s, a weight "
                            + "of %s; use rake, raise the cap, or collapse the stratum", Numbers.significant(cap, 6),
                    largest.key(), method.code(), largest.respondents(), Numbers.format(largest.population()),
                    Numbers.format(largest.weight())));
        }
        Design trimmed = new Raking(lonelyPsu, Raking.DEFAULT_MAX_SWEEPS, cap).weigh(strataColumns, strata);
        report(plain, trimmed, cap);
        return trimmed;
    }

    /** How many weights were cut and by how much: the weight moved from the cut respondents to the others. */
    private static void report(Design plain, Design trimmed, double cap) {
        long respondents = 0;
        int cells = 0;
        double moved = 0;
        for (int h = 0; h < plain.strataCount(); h++) {
            double cut = plain.stratum(h).weight() - trimmed.stratum(h).weight();
            if (plain.stratum(h).weight() > cap) {
                respondents += plain.stratum(h).respondents();
                cells++;
                moved += cut * plain.stratum(h).respondents();
            }
        }
        LOG.info(String.format(Locale.ROOT, "trimming: %d respondents in %d strata had weights above the cap of %.4g "
                + "(largest %.4g); %.1f of weight moved to the others, whose largest weight is now %.4g", respondents,
                cells, cap, plain.strata().stream().mapToDouble(StratumWeight::weight).max().orElse(0), moved,
                trimmed.strata().stream().mapToDouble(StratumWeight::weight).max().orElse(0)));
    }
}
