package nl.weegschaal.estimation;

import java.util.Locale;

/**
 * How a published cell may be used, after the rules of {@link ReliabilityClassifier}: shown as it is,
 * shown but marked as indicative, or not shown at all.
 */
public enum Reliability {
    PUBLISHABLE, INDICATIVE, SUPPRESSED;

    /** The word stored in the result's {@code reliability} column: {@code publishable}, {@code indicative}, {@code suppressed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a stored word names; fails on any other word. */
    public static Reliability of(String code) {
        for (Reliability r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("not a reliability status: '" + code + "'");
    }
}
