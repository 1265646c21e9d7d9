package nl.weegschaal.estimation;

import java.util.HashMap;
import java.util.Map;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Confidence intervals for a proportion p with standard error se, at level {@code 1 - alpha}.
 *
 * <ul>
 *   <li>Wald: {@code p -/+ 1.96 se}, whatever the level, as R's {@code survey} does.</li>
 *   <li>Logit: {@code expit(logit(p) -/+ t(1 - alpha/2, df) se / (p (1 - p)))}.</li>
 *   <li>Korn-Graubard: with {@code n_eff = p (1 - p) / V (t(alpha/2, n_d - 1) / t(alpha/2, df))^2},
 *       {@code [qbeta(alpha/2, n_eff p, n_eff (1 - p) + 1), qbeta(1 - alpha/2, n_eff p + 1, n_eff (1 - p))]}.</li>
 *   <li>p = 0 or 1: logit {@code [p, p]}, Korn-Graubard becomes Clopper-Pearson with n = n_d.</li>
 * </ul>
 * Quantiles come from Hipparchus with the inverse-CDF accuracy tightened to {@value #ACCURACY}.
 */
public final class ConfidenceIntervals {
    static final double WALD_Z = 1.96;
    private static final double ACCURACY = 1e-15;

    private final double alpha;
    private final Map<Long, Double> tQuantiles = new HashMap<>();

    public ConfidenceIntervals(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, got " + level);
        }
        this.alpha = 1 - level;
    }

    Interval wald(double p, double se) {
        return Interval.of(p - WALD_Z * se, p + WALD_Z * se);
    }

    Interval logit(double p, double se, long df) {
        if (p == 0 || p == 1 || se == 0) {
            return Interval.point(p);
        }
        if (df < 1) {
            return Interval.UNDEFINED;
        }
        double half = upperT(df) * se / (p * (1 - p));
        double centre = Math.log(p / (1 - p));
        return Interval.of(expit(centre - half), expit(centre + half));
    }

    Interval kornGraubard(double p, double variance, long answered, long df) {
        if (p == 0) {
            return Interval.of(0, 1 - Math.pow(alpha / 2, 1.0 / answered));
        }
        if (p == 1) {
            return Interval.of(Math.pow(alpha / 2, 1.0 / answered), 1);
        }
        if (variance == 0) {
            return Interval.point(p);
        }
        if (df < 1 || answered < 2) {
            return Interval.UNDEFINED;
        }
        double ratio = upperT(answered - 1) / upperT(df);
        double effective = p * (1 - p) / variance * ratio * ratio;
        double low = new BetaDistribution(effective * p, effective * (1 - p) + 1, ACCURACY)
                .inverseCumulativeProbability(alpha / 2);
        double high = new BetaDistribution(effective * p + 1, effective * (1 - p), ACCURACY)
                .inverseCumulativeProbability(1 - alpha / 2);
        return Interval.of(low, high);
    }

    /** t(1 - alpha/2, df); the ratio of lower quantiles equals the ratio of upper ones by symmetry. */
    private double upperT(long df) {
        return tQuantiles.computeIfAbsent(df,
                d -> new TDistribution(d, ACCURACY).inverseCumulativeProbability(1 - alpha / 2));
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
