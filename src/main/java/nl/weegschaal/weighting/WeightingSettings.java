package nl.weegschaal.weighting;

import java.util.List;

/**
 * How a run weighs and estimates: the weighting method, the lonely-stratum rule, the confidence level
 * of the intervals, the collapsing of sparse strata and the trimming of weights. Validated here, once,
 * for the job spec and the {@code weigh} command alike.
 */
public record WeightingSettings(WeightingMethod method, LonelyPsu lonelyPsu, double level, StrataCollapse collapse,
                                TrimRule trim) {
    /** The defaults of the job spec and of {@code weigh}. */
    public static final LonelyPsu DEFAULT_LONELY_PSU = LonelyPsu.ADJUST;
    public static final double DEFAULT_LEVEL = 0.95;

    /**
     * @throws InvalidSetting naming the setting when the level is not strictly between 0 and 1
     */
    public WeightingSettings {
        if (!(level > 0 && level < 1)) {
            throw new InvalidSetting(InvalidSetting.Setting.LEVEL, "must be between 0 and 1", level);
        }
    }

    /** A method with the defaults and neither collapsing nor trimming. */
    public static WeightingSettings of(WeightingMethod method) {
        return new WeightingSettings(method, DEFAULT_LONELY_PSU, DEFAULT_LEVEL, StrataCollapse.NONE, TrimRule.NONE);
    }

    /** The strata columns' design with these settings: collapsed, weighted and trimmed as they say. */
    public WeightedStrata weigh(List<String> strataColumns, List<StratumWeight> sample, List<StratumWeight> empty) {
        return WeightedStrata.weigh(method, lonelyPsu, trim, strataColumns, sample, empty, collapse);
    }
}
