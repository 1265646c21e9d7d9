package nl.weegschaal.publish.xlsx;

/**
 * How a published number is shown: percentages and margins in percentage points rounded to one
 * decimal, the margin of error, and whether a cell is indicative. Pure logic, no POI.
 *
 * <p>The margin of error is the half-width of the 95% Wald interval, {@code 1.96 x se}: symmetric
 * around the percentage, so "percentage plus or minus margin" is the interval a reader reconstructs.
 * A cell is indicative when its shown margin is above the threshold, so a reader can check the rule
 * from the numbers on the sheet.
 */
public final class CellMarks {
    /** Shown instead of every number of a hidden row (not publishable, or hidden to prevent recomputation). */
    public static final String HIDDEN = "x";
    /** The z value of the 95% Wald interval. */
    public static final double Z = 1.96;

    private CellMarks() {
    }

    /** A fraction as percentage points rounded to one decimal, as shown: 0.12345 gives 12.3. */
    public static double points(double fraction) {
        return Math.round(fraction * 1000.0) / 10.0;
    }

    /** The margin of error (half-width of the 95% Wald interval) in percentage points, as shown. */
    public static double marginPoints(double se) {
        return points(Z * se);
    }

    /**
     * Whether a cell is indicative.
     *
     * @param marginPoints        the shown margin, in percentage points
     * @param indicativeHalfWidth the threshold as a fraction (0.10 is 10 percentage points)
     */
    public static boolean indicative(double marginPoints, double indicativeHalfWidth) {
        return marginPoints > points(indicativeHalfWidth);
    }
}
