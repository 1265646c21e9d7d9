package nl.weegschaal.estimation;

import java.util.Locale;

/**
 * Whether a total, mean or ratio may be published: the rules of {@link ReliabilityClassifier} that do
 * not depend on the estimate being a proportion, with the same thresholds ({@link ReliabilityRules}),
 * in this order:
 * <ol>
 *   <li><b>suppressed</b> when fewer than {@code minRespondents} respondents gave a value [10], the
 *       small-n rule of every cell of the survey;</li>
 *   <li><b>suppressed</b> without degrees of freedom (one respondent per stratum, no variance);</li>
 *   <li><b>suppressed</b> when the effective sample size {@code n / max(1, deff)} is below
 *       {@code minEffectiveN} [30] (with the total's or mean's own design effect; {@code n} for a
 *       ratio and where the design effect is undefined);</li>
 *   <li><b>indicative</b> when the Wald interval's width over the estimate's absolute value is above
 *       {@code indicativeRelativeWidth} [1.3, 130%]: the proportions' relative-width rule, which for a
 *       Wald interval is a relative standard error above 33%, close to NCHS's 30% rule for counts and
 *       means; an estimate of 0 with a nonzero interval is indicative;</li>
 *   <li><b>indicative</b> with fewer than {@code minDf} [8] degrees of freedom;</li>
 *   <li>otherwise <b>publishable</b>.</li>
 * </ol>
 * The Korn-Graubard and absolute-width rules are for proportions (percentage points) and do not apply.
 */
public final class NumericReliability {
    private static final double ROUNDING = 1e9;

    private final ReliabilityRules rules;

    public NumericReliability(ReliabilityRules rules) {
        this.rules = rules;
    }

    public Classification classify(NumericEstimate e) {
        long n = e.nUnweighted();
        double effectiveN = e.deff() == null || !(e.deff() > 1) ? n : n / e.deff();
        if (n < rules.minRespondents()) {
            return new Classification(Reliability.SUPPRESSED, "fewer than " + rules.minRespondents()
                    + " respondents (n = " + n + ")", effectiveN);
        }
        if (e.df() < 1) {
            return new Classification(Reliability.SUPPRESSED, "no degrees of freedom for the variance", effectiveN);
        }
        if (rounded(effectiveN) < rules.minEffectiveN()) {
            return new Classification(Reliability.SUPPRESSED, "effective sample size " + one(effectiveN) + " below "
                    + one(rules.minEffectiveN()), effectiveN);
        }
        double width = 2 * ConfidenceIntervals.WALD_Z * e.se();
        double relative = e.estimate() == 0 ? (width > 0 ? Double.POSITIVE_INFINITY : 0)
                : rounded(width / Math.abs(e.estimate()));
        if (relative > rules.indicativeRelativeWidth()) {
            return new Classification(Reliability.INDICATIVE, "interval " + (Double.isInfinite(relative)
                    ? "around an estimate of 0" : String.format(Locale.ROOT, "%.0f%%", 100 * relative)
                    + " of the estimate") + " (above " + String.format(Locale.ROOT, "%.0f%%",
                    100 * rules.indicativeRelativeWidth()) + ")", effectiveN);
        }
        if (e.df() < rules.minDf()) {
            return new Classification(Reliability.INDICATIVE, e.df() + " degrees of freedom, below " + rules.minDf(),
                    effectiveN);
        }
        return new Classification(Reliability.PUBLISHABLE, null, effectiveN);
    }

    private static double rounded(double value) {
        return Math.round(value * ROUNDING) / ROUNDING;
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
