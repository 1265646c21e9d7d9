package nl.weegschaal.weighting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What trimming did, for the log and the {@code runs} table: the cap, the respondents whose weight was
 * capped (those of the design strata whose weight before trimming was above the cap; one weight each),
 * those strata, the largest weight before and after, and the weight the capped respondents lost
 * (Σ n_h (w_h before − w_h after) over the capped strata), which raking spread over the others so that
 * the margins still hold.
 *
 * <p>Only the capped strata count: raking to the margins after a cut moves the weights of many other
 * strata a little too (1,494 respondents in the synthetic wave with a cap of 700, of whom 77 were
 * above it), and those were not trimmed.
 */
public record TrimmingReport(double cap, long respondents, int strata, double largestBefore, double largestAfter,
                             double moved) {

    /**
     * The report of a rule on the design strata (weights after trimming) and their weights before
     * trimming; null when the rule does not trim.
     */
    public static @Nullable TrimmingReport of(TrimRule rule, List<StratumWeight> trimmed, double[] untrimmed) {
        if (!rule.trims()) {
            return null;
        }
        double cap = rule.cap(untrimmedStrata(trimmed, untrimmed));
        long respondents = 0;
        int strata = 0;
        double moved = 0;
        double largestBefore = 0;
        double largestAfter = 0;
        for (int h = 0; h < trimmed.size(); h++) {
            StratumWeight s = trimmed.get(h);
            largestBefore = Math.max(largestBefore, untrimmed[h]);
            largestAfter = Math.max(largestAfter, s.weight());
            if (untrimmed[h] > cap) {
                respondents += s.respondents();
                strata++;
                moved += (untrimmed[h] - s.weight()) * s.respondents();
            }
        }
        return new TrimmingReport(cap, respondents, strata, largestBefore, largestAfter, moved);
    }

    /** Whether any weight was above the cap. */
    public boolean capped() {
        return respondents > 0;
    }

    private static List<StratumWeight> untrimmedStrata(List<StratumWeight> trimmed, double[] untrimmed) {
        List<StratumWeight> strata = new java.util.ArrayList<>(trimmed.size());
        for (int h = 0; h < trimmed.size(); h++) {
            StratumWeight s = trimmed.get(h);
            strata.add(new StratumWeight(s.key(), s.population(), s.respondents(), untrimmed[h]));
        }
        return strata;
    }
}
