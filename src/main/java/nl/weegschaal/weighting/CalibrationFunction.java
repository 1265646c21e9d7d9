package nl.weegschaal.weighting;

/**
 * The distance function of a calibration, as the g-weight it gives for {@code u = x'λ} and its
 * derivative, exactly R {@code survey}'s {@code cal.linear}, {@code cal.raking} and
 * {@code cal.logit} (Deville &amp; Särndal 1992, cases 1, 2 and 6):
 *
 * <pre>
 * LINEAR   g = min(max(1 + u, L), U)                       (GREG; unbounded: g = 1 + u)
 * RAKING   g = min(max(exp(u), L), U)                      (exponential distance)
 * LOGIT    g = (L(U - 1) + U(1 - L) e) / ((U - 1) + (1 - L) e),  e = exp(A u),
 *          A = (U - L) / ((1 - L)(U - 1))                  (always inside (L, U))
 * </pre>
 *
 * The derivative is 0 where a bound clamps g. ({@code survey}'s raking derivative tests u against
 * {@code bounds - 1} instead of {@code log(bounds)}; that changes only the Newton path, not the
 * solution, so the exact derivative is used here.)
 */
public enum CalibrationFunction {
    LINEAR {
        @Override
        double g(double u, CalibrationBounds bounds) {
            return bounds.clamp(1.0 + u);
        }

        @Override
        double derivative(double u, CalibrationBounds bounds) {
            return bounds.inside(1.0 + u) ? 1.0 : 0.0;
        }
    },
    RAKING {
        @Override
        double g(double u, CalibrationBounds bounds) {
            return bounds.clamp(Math.exp(u));
        }

        @Override
        double derivative(double u, CalibrationBounds bounds) {
            double e = Math.exp(u);
            return bounds.inside(e) ? e : 0.0;
        }
    },
    LOGIT {
        @Override
        double g(double u, CalibrationBounds bounds) {
            double lower = bounds.lower();
            double upper = bounds.upper();
            double au = logitScale(bounds) * u;
            if (au <= 0) {
                double e = Math.exp(au);
                return (lower * (upper - 1) + upper * (1 - lower) * e) / ((upper - 1) + (1 - lower) * e);
            }
            double t = Math.exp(-au); // the same ratio divided by exp(Au), which cannot overflow
            return (lower * (upper - 1) * t + upper * (1 - lower)) / ((upper - 1) * t + (1 - lower));
        }

        @Override
        double derivative(double u, CalibrationBounds bounds) {
            double a = logitScale(bounds);
            return slope(a, u, Math.exp(-Math.abs(a * u)), bounds);
        }

        /** g and g' from one exponential: exp(Au) for Au &lt;= 0 and exp(-Au) otherwise are both exp(-|Au|). */
        @Override
        double g(double u, CalibrationBounds bounds, double[] slope, int i) {
            double lower = bounds.lower();
            double upper = bounds.upper();
            double a = logitScale(bounds);
            double au = a * u;
            double t = Math.exp(-Math.abs(au));
            slope[i] = slope(a, u, t, bounds);
            if (au <= 0) {
                return (lower * (upper - 1) + upper * (1 - lower) * t) / ((upper - 1) + (1 - lower) * t);
            }
            return (lower * (upper - 1) * t + upper * (1 - lower)) / ((upper - 1) * t + (1 - lower));
        }

        /** g'(u) = A t (U-L)(1-L)(U-1) / ((U-1)t + (1-L))^2 with t = exp(-|Au|), in its symmetric form. */
        private static double slope(double a, double u, double t, CalibrationBounds bounds) {
            double lower = bounds.lower();
            double upper = bounds.upper();
            double near = a * u <= 0 ? (1 - lower) * t + (upper - 1) : (upper - 1) * t + (1 - lower);
            return a * t * (upper - lower) * (1 - lower) * (upper - 1) / (near * near);
        }
    };

    /** The g-weight at {@code u = x'λ}. */
    abstract double g(double u, CalibrationBounds bounds);

    /** dg/du at {@code u = x'λ}. */
    abstract double derivative(double u, CalibrationBounds bounds);

    /**
     * The g-weight at {@code u}, with its derivative written to {@code slope[i]}: the same numbers as
     * {@link #g(double, CalibrationBounds)} and {@link #derivative}, so that a Newton step can use the
     * derivatives found with the g-weights it starts from.
     */
    double g(double u, CalibrationBounds bounds, double[] slope, int i) {
        slope[i] = derivative(u, bounds);
        return g(u, bounds);
    }

    private static double logitScale(CalibrationBounds bounds) {
        return (bounds.upper() - bounds.lower()) / ((1 - bounds.lower()) * (bounds.upper() - 1));
    }

    /** The name the user writes ({@code linear}, {@code raking}, {@code logit}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The function of a label ({@code linear}, {@code raking}, {@code logit}), ignoring case. */
    public static CalibrationFunction fromLabel(String label) {
        for (CalibrationFunction f : values()) {
            if (f.label().equals(label.trim().toLowerCase(java.util.Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not one of linear, raking, logit");
    }
}
