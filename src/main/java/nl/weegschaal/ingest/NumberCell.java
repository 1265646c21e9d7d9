package nl.weegschaal.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cell of a numeric answer: digits with an optional sign and decimals after a point, or after
 * a comma when the export says so ({@code decimal: comma}). Nothing else is a number: no thousands
 * separators ({@code 1.250} under a decimal comma could be 1250 or 1,25), no exponent, no unit, no
 * spaces inside. The number is given back in plain notation without trailing zeros ({@code 12,50} and
 * {@code 12.5} are both {@code 12.5}), so that equal numbers are staged as one value.
 */
public final class NumberCell {
    private static final Pattern POINT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern COMMA = Pattern.compile("[+-]?(\\d+(,\\d*)?|,\\d+)");

    private NumberCell() {
    }

    /** The number in plain notation, or null when the text is not a number in that notation. */
    public static @Nullable String plain(String text, boolean decimalComma) {
        if (!(decimalComma ? COMMA : POINT).matcher(text).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(decimalComma ? text.replace(',', '.') : text);
        String plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return plain.startsWith("+") ? plain.substring(1) : plain;
    }

    /** How a number is written in this notation, for a reason: {@code 12.5} or {@code 12,5}. */
    public static String example(boolean decimalComma) {
        return decimalComma ? "digits with a decimal comma (12,5)" : "digits with a decimal point (12.5)";
    }
}
