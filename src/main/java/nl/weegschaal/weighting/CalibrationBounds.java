package nl.weegschaal.weighting;

/**
 * Bounds {@code L < 1 < U} on the g-weights of a calibration, g = calibrated / design weight, as
 * {@code survey}'s {@code calibrate(..., bounds = c(L, U))}. {@link #NONE} is {@code (-Inf, Inf)}.
 */
public record CalibrationBounds(double lower, double upper) {
    public static final CalibrationBounds NONE =
            new CalibrationBounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public CalibrationBounds {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < 1.0) || !(upper > 1.0)) {
            throw new WeightingException("the bounds on the g-weights must have lower < 1 < upper "
                    + "(g = 1 leaves a design weight unchanged), got [" + lower + ", " + upper + "]");
        }
    }

    /** Whether both bounds are finite, as {@code logit} requires. */
    public boolean finite() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }

    /** Whether some bound is finite. */
    public boolean any() {
        return Double.isFinite(lower) || Double.isFinite(upper);
    }

    double clamp(double g) {
        return Math.min(Math.max(g, lower), upper);
    }

    /** Strictly inside: at a bound the g-weight no longer moves with λ. */
    boolean inside(double g) {
        return g > lower && g < upper;
    }

    @Override
    public String toString() {
        return "[" + Numbers.format(lower) + ", " + Numbers.format(upper) + "]";
    }
}
