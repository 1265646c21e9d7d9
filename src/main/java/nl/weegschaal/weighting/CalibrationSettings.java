package nl.weegschaal.weighting;

import java.nio.file.Path;

/**
 * How the stratified design weights are calibrated to auxiliary population totals (GREG, as
 * {@code survey}'s {@code calibrate}): the file with the totals, the distance function, the bounds on
 * the g-weights and the most Newton iterations. Validated here for the job spec and {@code weigh}
 * alike; the totals themselves are read where the frame is.
 *
 * @param totals        the totals file ({@code variable,level,total})
 * @param function      linear (GREG), raking or logit
 * @param bounds        bounds L &lt; 1 &lt; U on g = weight / design weight ({@link CalibrationBounds#NONE}: none)
 * @param maxIterations the most Newton steps before the calibration counts as not converged
 */
public record CalibrationSettings(Path totals, CalibrationFunction function, CalibrationBounds bounds,
                                  int maxIterations) {
    /** As {@code survey}'s {@code maxit}. */
    public static final int DEFAULT_MAX_ITERATIONS = 50;

    /**
     * @throws InvalidSetting naming the setting: logit without finite bounds, fewer than 1 iteration
     */
    public CalibrationSettings {
        if (function == CalibrationFunction.LOGIT && !bounds.finite()) {
            throw new InvalidSetting(InvalidSetting.Setting.CALIBRATION_BOUNDS, "must be finite for logit "
                    + "calibration (it keeps every g-weight strictly inside them)", bounds.any() ? bounds.toString() : "none");
        }
        if (maxIterations < 1) {
            throw new InvalidSetting(InvalidSetting.Setting.CALIBRATION_MAX_ITERATIONS, "must be at least 1",
                    maxIterations);
        }
    }

    /**
     * Bounds L &lt; 1 &lt; U on the g-weights.
     *
     * @throws InvalidSetting naming the bounds when they do not enclose 1
     */
    public static CalibrationBounds bounds(double lower, double upper) {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < 1.0) || !(upper > 1.0)) {
            throw new InvalidSetting(InvalidSetting.Setting.CALIBRATION_BOUNDS, "must have lower < 1 < upper "
                    + "(g = 1 leaves a design weight unchanged)", "[" + Numbers.format(lower) + ", "
                    + Numbers.format(upper) + "]");
        }
        return new CalibrationBounds(lower, upper);
    }

    /** The calibration these settings describe. */
    public GregCalibration calibration() {
        return new GregCalibration(function, bounds, maxIterations);
    }
}
