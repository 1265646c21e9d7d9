package nl.weegschaal.spec;

import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SizeClasses;
import org.jspecify.annotations.Nullable;

/**
 * How one strata column is derived from the register data in the exports: from the SBI code by a
 * sector classification, from the number of employees by size classes, or given as it is in a
 * column of the responses ({@code weigh}).
 *
 * @param column the strata column it produces, e.g. {@code sector_cluster}
 * @param from   the field it reads: {@code sbi} or {@code employees}; for a given column the column itself
 */
public record StratumRule(String column, String from, @Nullable SectorClassification sectors,
                          @Nullable SizeClasses sizes) {
    /** A strata column read as it is. */
    public static StratumRule given(String column) {
        return new StratumRule(column, column, null, null);
    }

    /** Whether the stratum is the value of the field as it is, not derived from it. */
    public boolean given() {
        return sectors == null && sizes == null;
    }
}
