package nl.weegschaal.spec;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an answer text of an export is compared with the spec's labels, aliases and missing values:
 * without regard to case, leading and trailing space, or runs of spaces inside ({@code " weet  NIET"}
 * is {@code "Weet niet"}). One place, so that the spec's checks and the harmoniser agree on which
 * texts are the same.
 */
public final class AnswerText {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AnswerText() {
    }

    /** The form two texts are compared in. */
    public static String key(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
