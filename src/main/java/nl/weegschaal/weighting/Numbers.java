package nl.weegschaal.weighting;

import java.math.BigDecimal;

/** Formatting of numbers in messages: no trailing {@code .0} for whole counts. */
public final class Numbers {
    private Numbers() {
    }

    /** A number rounded to a few significant digits for a message: 201.657645... becomes 201.658. */
    public static String significant(double value, int digits) {
        if (Double.isFinite(value)) {
            return new BigDecimal(value).round(new java.math.MathContext(digits)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }

    public static String format(double value) {
        if (Double.isFinite(value)) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }
}
