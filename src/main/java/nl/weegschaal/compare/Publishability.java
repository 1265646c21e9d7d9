package nl.weegschaal.compare;

import java.util.Locale;
import nl.weegschaal.estimation.Reliability;

/**
 * Whether a cell of one run may be published, and why not: {@code compare} tests only cells
 * publishable in both runs, since a change in a suppressed or indicative cell is not news.
 *
 * @param reason in words, empty for a publishable cell
 */
public record Publishability(Reliability status, String reason) {

    public static final Publishability PUBLISHABLE = new Publishability(Reliability.PUBLISHABLE, "");

    /** The result's own status; a value not among the three is not publishable, and says what it was. */
    public static Publishability stored(String code) {
        for (Reliability status : Reliability.values()) {
            if (status.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return status == Reliability.PUBLISHABLE ? PUBLISHABLE
                        : new Publishability(status, "reliability column of the result");
            }
        }
        return new Publishability(Reliability.SUPPRESSED, "unknown reliability '" + code + "' in the result");
    }

    public boolean publishable() {
        return status == Reliability.PUBLISHABLE;
    }

    /** {@code suppressed (fewer than 10 respondents (n = 7))}, or {@code publishable}. */
    public String describe() {
        return reason.isEmpty() ? status.code() : status.code() + " (" + reason + ")";
    }
}
