package nl.weegschaal.estimation;

/**
 * The Monte-Carlo summary of one estimator of a change at one overlap share: the empirical variance
 * of the estimated change over the replications, the mean of its estimated variance with and without
 * the covariance, and the coverage of the 95% intervals for the true change, with Monte-Carlo
 * standard errors.
 */
final class ChangeTally {
    private final String target;
    private final double share;
    private final double truth;
    private long count;
    private double mean;
    private double squares;
    private double varianceSum;
    private double varianceSquares;
    private double independentSum;
    private long covered;
    private long coveredIndependent;

    ChangeTally(String target, double share, double truth) {
        this.target = target;
        this.share = share;
        this.truth = truth;
    }

    void add(double change, ChangeVariance variance) {
        count++;
        double delta = change - mean; // Welford: no cancellation in the empirical variance
        mean += delta / count;
        squares += delta * (change - mean);
        varianceSum += variance.variance();
        varianceSquares += variance.variance() * variance.variance();
        ChangeVariance independent = ChangeVariance.independent(variance.variance1(), variance.variance2());
        independentSum += independent.variance();
        covered += covers(variance.interval(change)) ? 1 : 0;
        coveredIndependent += covers(independent.interval(change)) ? 1 : 0;
    }

    private boolean covers(Interval interval) {
        return interval.low() != null && interval.high() != null && interval.low() <= truth && truth <= interval.high();
    }

    /**
     * One row of the table. The standard error of the variance ratio combines that of the empirical
     * variance (relative {@code sqrt(2 / (R - 1))} for a near-normal change) and that of the mean
     * estimated variance.
     */
    record Row(String target, double share, double varianceRatio, double varianceRatioSe, double coverage,
               double coverageSe, double independentRatio, double independentCoverage) {
    }

    Row row() {
        double empirical = squares / (count - 1);
        double meanVariance = varianceSum / count;
        double spread = varianceSquares / count - meanVariance * meanVariance;
        double ratio = meanVariance / empirical;
        double relativeSe = Math.sqrt(2.0 / (count - 1) + spread / count / (meanVariance * meanVariance));
        double coverage = (double) covered / count;
        return new Row(target, share, ratio, ratio * relativeSe, coverage,
                Math.sqrt(coverage * (1 - coverage) / count), independentSum / count / empirical,
                (double) coveredIndependent / count);
    }
}
