package nl.weegschaal.estimation;

import org.jspecify.annotations.Nullable;

/** A confidence interval; bounds are null where the interval is not defined. */
public record Interval(@Nullable Double low, @Nullable Double high) {
    static final Interval UNDEFINED = new Interval(null, null);

    static Interval of(double low, double high) {
        if (Double.isFinite(low) && Double.isFinite(high)) {
            return new Interval(low, high);
        }
        return UNDEFINED;
    }

    static Interval point(double p) {
        return new Interval(p, p);
    }
}
