package nl.weegschaal.estimation;

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

    /** The variance estimator that belongs to the design's weighting method. */
    static VarianceEstimator of(Design design) {
        return switch (design.method()) {
            case STRATIFIED -> new StratifiedVariance(design);
            case POSTSTRATIFY -> CalibratedVariance.postStratified(design);
            case RAKE -> CalibratedVariance.raked(design);
        };
    }
}
