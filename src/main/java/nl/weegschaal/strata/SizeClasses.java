package nl.weegschaal.strata;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Places an establishment in a size class from its number of employees.
 *
 * <p>The classes are given in ascending order and do not overlap; gaps are allowed (a number in a gap is rejected);
 * only the last class may be open-ended.
 *
 * <p>Accepted input: leading and trailing whitespace is ignored; then an optional sign, ASCII digits and optionally
 * a point followed by zeros only, e.g. {@code "12"}, {@code " 12 "}, {@code "12.0"}, {@code "12.00"}. Exactly
 * three zeros after the point ({@code "1.000"}) are rejected as ambiguous: it may be a Dutch thousands separator.
 * Decimal commas, exponents and fractions are rejected.
 *
 * <p>A number above the plausible maximum ({@link #DEFAULT_PLAUSIBLE_MAX} unless the spec says otherwise) is
 * rejected as a data error, also when the last class is open-ended: the largest Dutch establishments have some tens
 * of thousands of employees, so a count of a million or a trillion is a typo or a wrong column, not a stratum.
 */
public final class SizeClasses {
    /** The default plausible maximum number of employees of one establishment. */
    public static final long DEFAULT_PLAUSIBLE_MAX = 100_000;

    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d+)(?:\\.(\\d+))?");

    private final List<SizeClass> classes;
    private final long plausibleMax;
    private final String plausibleMaxKey;

    private SizeClasses(List<SizeClass> classes, long plausibleMax, String plausibleMaxKey) {
        this.classes = classes;
        this.plausibleMax = plausibleMax;
        this.plausibleMaxKey = plausibleMaxKey;
    }

    /**
     * Validates and keeps a list of size classes, with the default plausible maximum (raised to the last class's
     * maximum or minimum if that is larger).
     *
     * @param classes in ascending order of {@code min}
     * @throws IllegalArgumentException if the list is empty, a code is used twice, classes are out of order or
     *                                  overlap, or an open-ended class is not the last
     */
    public static SizeClasses of(List<SizeClass> classes) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("no size classes given");
        }
        Set<String> codes = new HashSet<>();
        @Nullable SizeClass previous = null;
        for (SizeClass current : classes) {
            if (!codes.add(current.code())) {
                throw new IllegalArgumentException("size class code '" + current.code() + "' is used twice");
            }
            if (previous != null) {
                Long previousMax = previous.max();
                if (previousMax == null) {
                    throw new IllegalArgumentException("size class " + describe(previous)
                            + " has no maximum, so it must be the last, but " + describe(current) + " follows it");
                }
                if (current.min() < previous.min()) {
                    throw new IllegalArgumentException("size classes must be in ascending order: "
                            + describe(previous) + " comes before " + describe(current));
                }
                if (current.min() <= previousMax) {
                    throw new IllegalArgumentException("size classes " + describe(previous) + " and "
                            + describe(current) + " overlap");
                }
            }
            previous = current;
        }
        long reach = classes.get(classes.size() - 1).reach();
        return new SizeClasses(List.copyOf(classes), Math.max(DEFAULT_PLAUSIBLE_MAX, reach), "plausible_max");
    }

    /**
     * These classes with another plausible maximum.
     *
     * @param max the largest number of employees that is plausible
     * @param key how messages name the setting, e.g. {@code strata.size_class.plausible_max}
     * @throws IllegalArgumentException if the maximum is below the largest class's minimum, or below its maximum
     *                                  (a class that cannot be reached is a mistake)
     */
    public SizeClasses withPlausibleMax(long max, String key) {
        SizeClass last = classes.get(classes.size() - 1);
        long needed = last.reach();
        if (max < needed) {
            throw new IllegalArgumentException("the plausible maximum " + max + " is below the largest size class "
                    + describe(last) + "; it must be at least " + needed);
        }
        return new SizeClasses(classes, max, key);
    }

    /** The classes in ascending order. */
    public List<SizeClass> classes() {
        return classes;
    }

    /** The largest plausible number of employees; a larger one is rejected. */
    public long plausibleMax() {
        return plausibleMax;
    }

    /**
     * Places a number of employees given as text (see the class comment for the accepted formats).
     *
     * @param employees the number as it comes from an export; null or blank is missing
     * @return the class, or a rejection with its reason
     */
    public Result classify(@Nullable String employees) {
        if (employees == null || employees.isBlank()) {
            return new Rejected("number of employees is missing");
        }
        String text = employees.strip();
        String quoted = "number of employees '" + text + "'";
        Matcher m = NUMBER.matcher(text);
        @Nullable String fraction = m.matches() ? m.group(3) : null;
        if (!m.matches() || fraction != null && !fraction.chars().allMatch(c -> c == '0')) {
            return new Rejected(quoted + " is not a whole number");
        }
        if (fraction != null && fraction.length() == 3) {
            return new Rejected(quoted + " is ambiguous: '.000' may be a thousands separator; write "
                    + m.group(2) + " or " + m.group(2) + "000 without it");
        }
        BigInteger value = new BigInteger(m.group(2));
        if (m.group(1).equals("-") && value.signum() != 0) {
            return new Rejected(quoted + " is negative");
        }
        if (value.compareTo(BigInteger.valueOf(plausibleMax)) > 0) {
            return implausible(quoted);
        }
        return classify(value.longValue(), quoted);
    }

    /**
     * Places a number of employees.
     *
     * @param employees the number of employees, at least 0 to be placed
     * @return the class, or a rejection with its reason
     */
    public Result classify(long employees) {
        String quoted = "number of employees '" + employees + "'";
        if (employees < 0) {
            return new Rejected(quoted + " is negative");
        }
        return employees > plausibleMax ? implausible(quoted) : classify(employees, quoted);
    }

    private Rejected implausible(String quoted) {
        return new Rejected(quoted + " is above the plausible maximum of "
                + String.format(Locale.ROOT, "%,d", plausibleMax) + " (" + plausibleMaxKey + ")");
    }

    private Result classify(long employees, String quoted) {
        SizeClass first = classes.get(0);
        SizeClass last = classes.get(classes.size() - 1);
        if (employees < first.min()) {
            return new Rejected(quoted + " is below the smallest size class (" + first.range() + ")");
        }
        if (!last.contains(employees) && employees > last.min()) {
            return new Rejected(quoted + " is above the largest size class (" + last.range() + ")");
        }
        for (int i = 0; i < classes.size(); i++) {
            SizeClass sizeClass = classes.get(i);
            if (sizeClass.contains(employees)) {
                return new Placed(employees, sizeClass);
            }
            if (employees < sizeClass.min()) {
                return new Rejected(quoted + " falls in the gap between size classes "
                        + classes.get(i - 1).range() + " and " + sizeClass.range());
            }
        }
        throw new IllegalStateException("unreachable: " + employees);
    }

    private static String describe(SizeClass sizeClass) {
        return "'" + sizeClass.code() + "' (" + sizeClass.range() + ")";
    }

    /** The outcome of {@link #classify}: {@link Placed} or {@link Rejected}. */
    public sealed interface Result permits Placed, Rejected {
    }

    /**
     * A number of employees placed in a size class.
     *
     * @param employees the number of employees
     * @param sizeClass its class
     */
    public record Placed(long employees, SizeClass sizeClass) implements Result {
    }

    /**
     * A number of employees that cannot be placed.
     *
     * @param message the reason for a statistician, naming the value
     */
    public record Rejected(String message) implements Result {
    }
}
