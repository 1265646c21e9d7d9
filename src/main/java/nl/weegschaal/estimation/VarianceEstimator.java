package nl.weegschaal.estimation;

import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.Design;

/** The design variance of a weighted proportion, by Taylor linearisation. */
public interface VarianceEstimator {

    /**
     * @param tally the domain's counts per stratum
     * @param level the level j whose proportion is estimated
     * @param p     the estimated proportion of level j
     * @param total W, the domain's weighted number of respondents who answered
     * @return the variance of p
     */
    double variance(DomainTally tally, int level, double p, double total);

    /** Degrees of freedom for the domain's intervals. */
    long degreesOfFreedom(DomainTally tally);

    /**
     * The variance estimator of the design: of stratified sampling with finite-population correction,
     * or, for weights calibrated to margins, of the residual after projection on them.
     *
     * @throws IllegalArgumentException for a design calibrated to totals, whose weights vary within
     *                                  strata so that per-stratum tallies do not suffice
     */
    static VarianceEstimator of(Design design) {
        if (design.calibration() instanceof Calibration.ToTotals) {
            throw new IllegalArgumentException("weights calibrated to totals vary within strata; estimate them "
                    + "per respondent");
        }
        return design.calibration() instanceof Calibration.ToMargins calibrated
                ? new CalibratedVariance(design, calibrated) : new StratifiedVariance(design);
    }
}
