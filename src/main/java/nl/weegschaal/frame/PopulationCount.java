package nl.weegschaal.frame;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a population count N_h as written in a frame: a whole number of units, in digits.
 *
 * <p>Counts are whole numbers, so anything else is an error rather than a number silently changed:
 * {@code 155.480} (a Dutch thousands separator) must not become 155.48, nor {@code 1e300} a count at
 * all. A point or comma followed by zeros only ({@code 155480.0}, as a program writes a count held as
 * a floating-point number) is accepted, except when exactly three digits follow it: {@code 155.000}
 * or {@code 155480.000} may just as well hold a thousands separator, so it is refused with that hint.
 *
 * <p>A count is at most {@value #MAX} (2^53 - 1): every whole number up to it is held exactly in the
 * floating-point arithmetic of the weighting, so the count used is the count written, and the squared
 * weights of the variance (at most about 8e31 each) stay far from overflowing. Beyond it different
 * counts would be read as the same number.
 */
final class PopulationCount {
    /** The largest count held exactly: 2^53 - 1. */
    static final long MAX = (1L << 53) - 1;

    private static final Pattern WHOLE = Pattern.compile("\\+?0*(\\d+)(?:[.,]0*)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:([., \u00a0'])\\d{3})(?:\\1\\d{3})*");
    private static final Pattern THREE_DECIMALS = Pattern.compile("\\d+([.,])\\d{3}");
    private static final Pattern NUMERIC = Pattern.compile("[-+]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern NEGATIVE_WHOLE = Pattern.compile("-\\d+(?:[.,]0*)?");

    private PopulationCount() {
    }

    /** Why a text is not a usable count. The message completes "N = '...'" (the value as written). */
    static final class Invalid extends Exception {
        Invalid(String problem) {
            super(problem, null, false, false);
        }
    }

    /**
     * The count written as {@code text} (already trimmed, not missing).
     *
     * @throws Invalid saying what is wrong and, where it can, how to write it
     */
    static long parse(String text) throws Invalid {
        Matcher thousands = THOUSANDS.matcher(text);
        if (thousands.matches()) {
            String separator = thousands.group(1);
            throw new Invalid("is not a whole number (" + (separator.equals(".") ? "a Dutch " : "a ")
                    + "thousands separator? write " + text.replace(separator, "") + ")");
        }
        Matcher three = THREE_DECIMALS.matcher(text);
        if (three.matches()) {
            throw new Invalid("is not a whole number (three digits after the " + (three.group(1).equals(".")
                    ? "point" : "comma") + " may be a thousands separator; write the count in digits only)");
        }
        Matcher whole = WHOLE.matcher(text);
        if (!whole.matches()) {
            throw new Invalid(problem(text));
        }
        String digits = whole.group(1);
        if (digits.length() > Long.toString(MAX).length() || Long.parseLong(digits) > MAX) {
            throw new Invalid("is too large: a population count is at most " + MAX
                    + " (2^53 - 1, the largest whole number the weighting holds exactly)");
        }
        long count = Long.parseLong(digits);
        if (count == 0) {
            throw new Invalid("is not positive; a population count is a whole number of at least 1");
        }
        return count;
    }

    /**
     * The value as a message shows it: on one line (control characters escaped) and at most 40
     * characters, whatever the field held.
     */
    static String shown(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> b.append(c < ' ' || c == 0x7f
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return text.codePointCount(0, text.length()) > 40 ? b + "..." : b.toString();
    }

    private static String problem(String text) {
        if (NEGATIVE_WHOLE.matcher(text).matches()) {
            return "is negative; a population count is a whole number of at least 1";
        }
        if (NUMERIC.matcher(text).matches()) {
            return "is not a whole number; write the count of units in digits only, e.g. 155480";
        }
        return "is not a number; write the count of units in digits only, e.g. 155480";
    }
}
