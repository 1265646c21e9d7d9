package nl.weegschaal;

import java.math.BigDecimal;

/** Formatting of numbers in messages: no trailing {@code .0} for whole counts. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        if (Double.isFinite(value)) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }
}
