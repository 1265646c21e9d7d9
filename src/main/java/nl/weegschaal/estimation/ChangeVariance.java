package nl.weegschaal.estimation;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The variance of an estimated change between two waves whose samples overlap:
 *
 * <pre>V(theta2 - theta1) = V1 + V2 - 2 Cov</pre>
 *
 * with V1, V2 each wave's own variance and Cov the covariance of the two estimators through the
 * establishments in both samples ({@link ChangeCovariance}); Cov = 0 gives the variance of a
 * difference between independent samples. The estimate of V can be negative when Cov is estimated
 * larger than the true one; the standard error is then 0, as a variance cannot be negative.
 *
 * @param variance1  V1, the variance of wave 1's estimate
 * @param variance2  V2, the variance of wave 2's estimate
 * @param covariance Cov, the estimated covariance of the two estimates
 */
public record ChangeVariance(double variance1, double variance2, double covariance) {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
    /** The standard normal's 97.5% quantile, 1.959964: the 95% interval's half-width in standard errors. */
    static final double Z_975 = STANDARD_NORMAL.inverseCumulativeProbability(0.975);

    /** The change's variance estimated as if the samples were independent: V1 + V2. */
    public static ChangeVariance independent(double variance1, double variance2) {
        return new ChangeVariance(variance1, variance2, 0.0);
    }

    /** {@code V1 + V2 - 2 Cov}; it can be negative (see {@link #se()}). */
    public double variance() {
        return variance1 + variance2 - 2 * covariance;
    }

    /** {@code sqrt(max(0, V1 + V2 - 2 Cov))}. */
    public double se() {
        return Math.sqrt(Math.max(0.0, variance()));
    }

    /** The 95% normal interval of the change: {@code difference -/+ 1.959964 se}. */
    public Interval interval(double difference) {
        double half = Z_975 * se();
        return Interval.of(difference - half, difference + half);
    }

    /**
     * The two-sided p-value of the change, {@code 2 (1 - Phi(|difference| / se))}; with se = 0, 1 when
     * the difference is 0 and null (no test) otherwise.
     */
    public @Nullable Double pValue(double difference) {
        double se = se();
        if (se == 0) {
            return difference == 0 ? 1.0 : null;
        }
        return twoSided(difference / se);
    }

    /** The two-sided p-value of a standard normal z: {@code 2 (1 - Phi(|z|))}. */
    public static double twoSided(double z) {
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }
}
