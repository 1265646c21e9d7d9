package nl.weegschaal.spec;

import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SizeClasses;
import org.jspecify.annotations.Nullable;

/**
 * How one strata column is derived from the register data in the exports: from the SBI code by a
 * sector classification, or from the number of employees by size classes.
 *
 * @param column the strata column it produces, e.g. {@code sector_cluster}
 * @param from   the register field it reads: {@code sbi} or {@code employees}
 */
public record StratumRule(String column, String from, @Nullable SectorClassification sectors,
                          @Nullable SizeClasses sizes) {
}
