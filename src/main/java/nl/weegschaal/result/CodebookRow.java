package nl.weegschaal.result;

import org.jspecify.annotations.Nullable;

/**
 * A row of a wave's {@code codebook} table: a question's level (or option, or derived level) with its
 * labels. {@code sheet} and {@code sheetEn} are null for a result written before the table had them.
 *
 * @param type {@code single}, {@code multiple} or {@code numeric}
 * @param kind {@code level}, {@code option}, {@code derived} or {@code unit} (a numeric question's one row)
 */
public record CodebookRow(String variable, String type, String question, String questionEn, @Nullable String askedOf,
                          @Nullable String level, String kind, String labelNl, String labelEn, boolean dontKnow,
                          @Nullable String sheet, @Nullable String sheetEn) {
}
