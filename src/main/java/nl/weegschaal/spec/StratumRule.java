package nl.weegschaal.spec;

import java.util.List;

/**
 * How one strata column is derived from the register data in the exports.
 *
 * @param column         the strata column it produces, e.g. {@code sector_cluster}
 * @param from           {@code sbi} or {@code employees}
 * @param classification for {@code sbi}: the classification's name, e.g. {@code uwv-sector-16}
 * @param classes        for {@code employees}: the size classes
 */
public record StratumRule(String column, String from, String classification, List<SizeBand> classes) {
    public StratumRule {
        classes = List.copyOf(classes);
    }

    /** A size class: employees from {@code min} up to and including {@code max} (null: no upper bound). */
    public record SizeBand(String code, long min, @org.jspecify.annotations.Nullable Long max) {
    }
}
