package nl.weegschaal.ingest;

import org.jspecify.annotations.Nullable;

/**
 * A record that cannot be used, with why: it is kept in the {@code rejects} table, never dropped.
 *
 * @param source       the export file (and sheet)
 * @param line         the line of a CSV file or the row of a sheet
 * @param respondentId the record's id, when it has one
 * @param field        the field that is wrong
 * @param value        the value as it was in the export; one longer than {@value #MAX_VALUE} characters is
 *                     kept as its start and its length, so that a runaway field (an unclosed quote, a
 *                     100 MB cell) does not bloat the result or exhaust memory
 */
public record Reject(String source, long line, @Nullable String respondentId, String field, @Nullable String value,
                     String reason) {
    public static final int MAX_VALUE = 1000;

    public Reject {
        value = shown(value);
    }

    /** A value as a reject keeps it: as it is, or its start and length when it is longer than {@value #MAX_VALUE}. */
    public static @Nullable String shown(@Nullable String value) {
        return value != null && value.length() > MAX_VALUE
                ? value.substring(0, MAX_VALUE) + "... (" + value.length() + " characters)" : value;
    }
}
