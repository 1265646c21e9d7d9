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
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < stripped.length()
                    && Character.isWhitespace(stripped.charAt(i + 1)))) {
                // runs of spaces, tabs or line breaks inside: made one space (rare, so the regex is fine)
                return SPACES.matcher(stripped).replaceAll(" ").toLowerCase(Locale.ROOT);
            }
        }
        return stripped.toLowerCase(Locale.ROOT);
    }
}
