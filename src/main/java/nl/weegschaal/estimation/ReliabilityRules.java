package nl.weegschaal.estimation;

/**
 * The thresholds of the reliability rules ({@link ReliabilityClassifier}); the defaults are those of
 * the NCHS Data Presentation Standards for Proportions (Parker et al. 2017, Vital Health Stat 2(175)),
 * plus this survey's own minimum number of respondents.
 *
 * @param minEffectiveN           a cell whose effective sample size is below this is suppressed (NCHS: 30)
 * @param suppressWidthPoints     a cell whose Korn-Graubard interval is this wide or wider, in
 *                                percentage points, is suppressed (NCHS: 30)
 * @param indicativeWidthPoints   an interval at most this wide, in points, is never marked for its
 *                                relative width (NCHS: 5)
 * @param indicativeRelativeWidth an interval wider than {@code indicativeWidthPoints} whose width
 *                                over the percentage is above this is indicative (NCHS: 1.3, i.e. 130%)
 * @param minDf                   a cell with fewer degrees of freedom is indicative (NCHS: 8)
 * @param minRespondents          a cell whose domain has fewer respondents is suppressed, whatever
 *                                its interval (this survey's publication minimum, 10)
 */
public record ReliabilityRules(double minEffectiveN, double suppressWidthPoints, double indicativeWidthPoints,
                               double indicativeRelativeWidth, long minDf, long minRespondents) {
    /** The NCHS thresholds with a minimum of 10 respondents. */
    public static final ReliabilityRules DEFAULT = new ReliabilityRules(30, 30, 5, 1.3, 8, 10);

    public ReliabilityRules {
        if (!(minEffectiveN >= 0 && Double.isFinite(minEffectiveN))) {
            throw new IllegalArgumentException("the minimum effective sample size must be 0 or more, got " + minEffectiveN);
        }
        if (!(suppressWidthPoints > 0 && suppressWidthPoints <= 100)) {
            throw new IllegalArgumentException("the suppression width must be above 0 and at most 100 points, got "
                    + suppressWidthPoints);
        }
        if (!(indicativeWidthPoints >= 0 && indicativeWidthPoints < suppressWidthPoints)) {
            throw new IllegalArgumentException("the indicative width must be 0 or more and below the suppression "
                    + "width (" + suppressWidthPoints + " points), got " + indicativeWidthPoints);
        }
        if (!(indicativeRelativeWidth > 0 && Double.isFinite(indicativeRelativeWidth))) {
            throw new IllegalArgumentException("the relative width must be above 0, got " + indicativeRelativeWidth);
        }
        if (minDf < 0 || minRespondents < 1) {
            throw new IllegalArgumentException("the minimum degrees of freedom must be 0 or more and the minimum "
                    + "number of respondents 1 or more, got " + minDf + " and " + minRespondents);
        }
    }
}
