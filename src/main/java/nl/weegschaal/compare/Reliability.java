package nl.weegschaal.compare;

import java.util.Locale;

/**
 * Whether a cell of one run may be published, and why not: {@code compare} tests only cells
 * publishable in both runs, since a change in a suppressed or indicative cell is not news.
 *
 * @param reason in words, empty for a publishable cell
 */
public record Reliability(Status status, String reason) {

    /** The statuses of the result's {@code reliability} column. */
    public enum Status {
        PUBLISHABLE, INDICATIVE, SUPPRESSED;

        /** {@code publishable}, as the result file writes it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Reliability PUBLISHABLE = new Reliability(Status.PUBLISHABLE, "");

    /** The result's own status; a value not among the three is not publishable, and says what it was. */
    public static Reliability stored(String code) {
        for (Status status : Status.values()) {
            if (status.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return status == Status.PUBLISHABLE ? PUBLISHABLE
                        : new Reliability(status, "reliability column of the result");
            }
        }
        return new Reliability(Status.SUPPRESSED, "unknown reliability '" + code + "' in the result");
    }

    public boolean publishable() {
        return status == Status.PUBLISHABLE;
    }

    /** {@code suppressed (fewer than 10 respondents (n = 7))}, or {@code publishable}. */
    public String describe() {
        return reason.isEmpty() ? status.code() : status.code() + " (" + reason + ")";
    }
}
