package nl.weegschaal.result;

import org.jspecify.annotations.Nullable;

/**
 * A row of the catalog's {@code changes}: the change of one proportion cell between two consecutive
 * waves (fractions), whether it is significant (null when not tested), the establishments of the cell
 * in both samples (null for independent waves) and the comparison's case in words.
 */
public record ChangeRow(String waveFrom, String waveTo, CellKey cell, @Nullable Double difference,
                        @Nullable Boolean significant, @Nullable Long nBoth, @Nullable String comparison,
                        @Nullable String note) {
}
