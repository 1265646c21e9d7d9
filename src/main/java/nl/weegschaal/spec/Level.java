package nl.weegschaal.spec;

import org.jspecify.annotations.Nullable;

/**
 * An answer level of a question, or an option of a multiple-response question.
 *
 * @param value the code a CATI export uses for it (null for options)
 */
public record Level(String code, @Nullable String value, String nl, String en) {
}
