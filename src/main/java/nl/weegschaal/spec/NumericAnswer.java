package nl.weegschaal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What makes a question numeric ({@code type: numeric}): its answer is a number, published as a
 * weighted total and mean in a unit, within a valid range; its own {@code missing} codes (e.g.
 * {@code 99999} = weet niet) are never a number. Ratios of its total to other numeric questions' totals
 * are estimated too.
 *
 * @param unitNl  the unit in Dutch, plural ({@code banen})
 * @param unitEn  the unit in English ({@code jobs})
 * @param min     the smallest valid answer, or null for no bound
 * @param max     the largest valid answer, or null for no bound
 * @param ratioTo the numeric questions whose totals this question's total is divided by, each a ratio
 *                {@code this/other} (R's {@code svyratio(~this, ~other)})
 */
public record NumericAnswer(String unitNl, String unitEn, @Nullable Double min, @Nullable Double max,
                            List<String> ratioTo) {
    public NumericAnswer {
        ratioTo = List.copyOf(ratioTo);
    }

    /** Whether a number is inside the valid range. */
    public boolean inRange(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    /** The valid range in words, for a reject: {@code [0, 500]}, {@code [0, ...)}; empty without bounds. */
    public String range() {
        if (min == null && max == null) {
            return "";
        }
        return (min == null ? "(..." : "[" + plain(min)) + ", " + (max == null ? "...)" : plain(max) + "]");
    }

    /** A number as a statistician writes it: 500, not 500.0. */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
