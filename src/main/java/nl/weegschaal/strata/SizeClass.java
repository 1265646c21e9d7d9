package nl.weegschaal.strata;

import org.jspecify.annotations.Nullable;

/**
 * A size class: establishments with {@code min} up to and including {@code max} employees.
 *
 * @param code the stratum code, e.g. {@code "20-99"}
 * @param min  the smallest number of employees in the class, at least 0
 * @param max  the largest number of employees in the class, at least {@code min}; null: no upper bound
 * @throws IllegalArgumentException if the code is blank, {@code min} is negative or {@code max < min}
 */
public record SizeClass(String code, long min, @Nullable Long max) {
    public SizeClass {
        if (code.isBlank()) {
            throw new IllegalArgumentException("size class code is empty");
        }
        if (min < 0) {
            throw new IllegalArgumentException("size class '" + code + "': min " + min + " is negative");
        }
        if (max != null && max < min) {
            throw new IllegalArgumentException("size class '" + code + "': max " + max + " is below min " + min);
        }
    }

    /** Whether {@code employees} falls in this class. */
    public boolean contains(long employees) {
        return employees >= min && (max == null || employees <= max);
    }

    /** The largest number the class must be able to hold: its maximum, or its minimum if it is open-ended. */
    public long reach() {
        return max == null ? min : max;
    }

    /** The range for messages: {@code 2-19} or {@code 100 or more}. */
    public String range() {
        return max == null ? min + " or more" : min + "-" + max;
    }
}
