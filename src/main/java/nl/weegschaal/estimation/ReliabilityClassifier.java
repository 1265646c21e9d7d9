package nl.weegschaal.estimation;

import java.util.Locale;

/**
 * Whether a proportion may be published, after the NCHS Data Presentation Standards for Proportions
 * (Parker JD, Talih M, Malec DJ et al., National Center for Health Statistics Data Presentation
 * Standards for Proportions, Vital Health Stat 2(175), 2017). The rules, in the order they are applied,
 * with the thresholds of {@link ReliabilityRules} (defaults in brackets):
 * <ol>
 *   <li><b>suppressed</b> when the domain has fewer than {@code minRespondents} respondents [10]
 *       (this survey's own minimum, kept from its earlier publication rule);</li>
 *   <li><b>suppressed</b> when no Korn-Graubard interval can be computed (fewer than two respondents,
 *       no degrees of freedom);</li>
 *   <li><b>suppressed</b> when the effective sample size is below {@code minEffectiveN} [30]:
 *       {@code n_eff = n / deff} with the design effect {@code deff = V / (p (1 - p) / n)} taken as at
 *       least 1, i.e. {@code n_eff = min(n, p (1 - p) / V)}; for p = 0 or 1, where the design effect
 *       is not defined, and for V = 0, {@code n_eff = n}, as NCHS does;</li>
 *   <li><b>suppressed</b> when the Korn-Graubard interval is {@code suppressWidthPoints} [30]
 *       percentage points wide or wider;</li>
 *   <li><b>indicative</b> when the interval is wider than {@code indicativeWidthPoints} [5] points and
 *       its width over the proportion is above {@code indicativeRelativeWidth} [1.3, 130%]; not for
 *       p = 0 or 1, where NCHS judges by the absolute width only (a relative width of p = 0 is not
 *       defined). NCHS suppresses these cells; this survey publishes them marked;</li>
 *   <li><b>indicative</b> when the variance has fewer than {@code minDf} [8] degrees of freedom (NCHS
 *       flags these for review);</li>
 *   <li>otherwise <b>publishable</b>.</li>
 * </ol>
 * Widths and effective sample sizes are compared after rounding to nine decimals, so that a value that
 * is a threshold on paper (0.5 - 0.2) is not decided by the last bit of a double. The rules use the Korn-Graubard interval
 * whichever interval is published, as NCHS does.
 */
public final class ReliabilityClassifier {
    private static final double ROUNDING = 1e9;

    private final ReliabilityRules rules;

    public ReliabilityClassifier(ReliabilityRules rules) {
        this.rules = rules;
    }

    public ReliabilityRules rules() {
        return rules;
    }

    /** Classifies an estimate by its proportion, standard error, Korn-Graubard interval, df and n_d. */
    public Classification classify(Estimate e) {
        return classify(e.estimate(), e.se(), e.beta(), e.df(), e.nUnweighted());
    }

    /**
     * Classifies one cell.
     *
     * @param p           the proportion, a fraction
     * @param se          its standard error (a fraction)
     * @param kornGraubard its Korn-Graubard interval (fractions; undefined bounds allowed)
     * @param df          the degrees of freedom of its variance
     * @param respondents n_d, the domain's respondents who answered
     */
    public Classification classify(double p, double se, Interval kornGraubard, long df, long respondents) {
        double effectiveN = effectiveN(p, se, respondents);
        if (respondents < rules.minRespondents()) {
            return suppressed("fewer than " + rules.minRespondents() + " respondents (n = " + respondents + ")",
                    effectiveN);
        }
        if (kornGraubard.low() == null || kornGraubard.high() == null) {
            return suppressed("no Korn-Graubard interval (too few respondents or degrees of freedom)", effectiveN);
        }
        if (rounded(effectiveN) < rules.minEffectiveN()) {
            return suppressed("effective sample size " + one(effectiveN) + " below " + one(rules.minEffectiveN()),
                    effectiveN);
        }
        double width = rounded(100 * (kornGraubard.high() - kornGraubard.low()));
        if (width >= rules.suppressWidthPoints()) {
            return suppressed("interval " + one(width) + " points wide, " + one(rules.suppressWidthPoints())
                    + " or more", effectiveN);
        }
        boolean extreme = p == 0 || p == 1;
        if (!extreme && width > rules.indicativeWidthPoints()) {
            double relative = rounded(width / (100 * p));
            if (relative > rules.indicativeRelativeWidth()) {
                return indicative("interval " + one(width) + " points wide, " + percent(relative)
                        + " of the estimate (above " + percent(rules.indicativeRelativeWidth()) + ")", effectiveN);
            }
        }
        if (df < rules.minDf()) {
            return indicative(df + " degrees of freedom, below " + rules.minDf(), effectiveN);
        }
        return new Classification(Reliability.PUBLISHABLE, null, effectiveN);
    }

    /**
     * NCHS's effective sample size: {@code n / max(1, deff)} with {@code deff = V n / (p (1 - p))}, so
     * {@code min(n, p (1 - p) / V)}; n itself for p = 0 or 1 and for V = 0.
     */
    static double effectiveN(double p, double se, long respondents) {
        double variance = se * se;
        if (p <= 0 || p >= 1 || !(variance > 0)) {
            return respondents;
        }
        return Math.min(respondents, p * (1 - p) / variance);
    }

    private static Classification suppressed(String reason, double effectiveN) {
        return new Classification(Reliability.SUPPRESSED, reason, effectiveN);
    }

    private static Classification indicative(String reason, double effectiveN) {
        return new Classification(Reliability.INDICATIVE, reason, effectiveN);
    }

    private static double rounded(double value) {
        return Math.round(value * ROUNDING) / ROUNDING;
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }
}
