package nl.weegschaal.compare;

import nl.weegschaal.estimation.ChangeVariance;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The test of a difference between two estimates: se_d = sqrt(se_old^2 + se_new^2 - 2 cov), with cov = 0
 * for independent samples and the covariance through the establishments in both samples otherwise
 * ({@link nl.weegschaal.estimation.ChangeVariance}); z = (new - old) / se_d, two-sided
 * p = 2 (1 - Phi(|z|)), significant at 5% when p < 0.05.
 */
public record DifferenceTest(double seDifference, @Nullable Double z, @Nullable Double pValue) {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    /** The test, or null when an estimate or a standard error is missing. */
    public static @Nullable DifferenceTest of(@Nullable Double old, @Nullable Double oldSe, @Nullable Double neu,
                                              @Nullable Double newSe) {
        return of(old, oldSe, neu, newSe, 0);
    }

    /** The test of two estimates whose covariance is {@code covariance}, or null when one is missing. */
    public static @Nullable DifferenceTest of(@Nullable Double old, @Nullable Double oldSe, @Nullable Double neu,
                                              @Nullable Double newSe, double covariance) {
        if (old == null || neu == null || oldSe == null || newSe == null
                || !Double.isFinite(oldSe) || !Double.isFinite(newSe)) {
            return null;
        }
        double seDifference = new ChangeVariance(oldSe * oldSe, newSe * newSe, covariance).se();
        double difference = neu - old;
        if (seDifference == 0) {
            // both estimates without sampling error (e.g. p = 0 in both, or certainty strata only)
            return difference == 0 ? new DifferenceTest(0, null, 1.0) : new DifferenceTest(0, null, null);
        }
        double z = difference / seDifference;
        return new DifferenceTest(seDifference, z, pValue(z));
    }

    /** Two-sided p-value of a standard normal z. */
    public static double pValue(double z) {
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /** Significant at 5%, or null when there is no p-value. */
    public @Nullable Boolean significant5pct() {
        return pValue == null ? null : pValue < 0.05;
    }
}
