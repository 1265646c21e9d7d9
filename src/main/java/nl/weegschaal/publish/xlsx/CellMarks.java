package nl.weegschaal.publish.xlsx;

import java.util.Locale;

/**
 * How a published number is shown: percentages and interval bounds in percentage points rounded to
 * one decimal, and the interval as one text, lower–upper. Pure logic, no POI.
 *
 * <p>The interval is the one the result publishes ({@code ci_lower}, {@code ci_upper}: Korn-Graubard by
 * default), which lies within [0, 100] and need not be symmetric around the percentage, so it is shown
 * by its bounds, {@code 9,8–15,2}, never as a margin: a zero reads {@code 0,0} with {@code 0,0–30,8},
 * not {@code ± 0,0}. Rounding is monotone, so the shown bounds always enclose the shown percentage.
 * Whether a cell is shown, marked or replaced by {@link #HIDDEN} is the result's reliability status
 * (the rules of {@code nl.weegschaal.estimation.ReliabilityClassifier}), not decided here.
 */
public final class CellMarks {
    /** Shown instead of a number that is not published (suppressed, or its row hidden). */
    public static final String HIDDEN = "x";
    /** Between the bounds of an interval: an en dash, as Dutch and English typesetting use for ranges. */
    public static final String RANGE = "\u2013";

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private CellMarks() {
    }

    /** A fraction as percentage points rounded to one decimal, as shown: 0.12345 gives 12.3. */
    public static double points(double fraction) {
        return Math.round(fraction * 1000.0) / 10.0;
    }

    /**
     * The interval as shown: both bounds in percentage points with one decimal, decimal comma in Dutch,
     * {@code 9,8–15,2} ({@code 9.8–15.2} in English).
     */
    public static String interval(double lowerPoints, double upperPoints, boolean english) {
        Locale locale = english ? Locale.ENGLISH : DUTCH;
        return String.format(locale, "%.1f", lowerPoints) + RANGE + String.format(locale, "%.1f", upperPoints);
    }
}
