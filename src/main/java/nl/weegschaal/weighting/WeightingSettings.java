package nl.weegschaal.weighting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a run weighs and estimates: the weighting method, the lonely-stratum rule, the confidence level
 * of the intervals, the collapsing of sparse strata, the trimming of weights and the calibration of
 * the design weights to auxiliary totals (null: none). Validated here, once, for the job spec and the
 * {@code weigh} command alike.
 */
public record WeightingSettings(WeightingMethod method, LonelyPsu lonelyPsu, double level, StrataCollapse collapse,
                                TrimRule trim, @Nullable CalibrationSettings calibration) {
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
        if (calibration != null && method != WeightingMethod.STRATIFIED) {
            throw new InvalidSetting(InvalidSetting.Setting.CALIBRATION, "starts from the stratified design weights "
                    + "N_h / n_h, so it needs method stratified", method.code());
        }
        if (calibration != null && trim.trims()) {
            throw new InvalidSetting(InvalidSetting.Setting.CALIBRATION, "cannot be combined with trimming: bound "
                    + "the g-weights instead (e.g. logit with bounds [0.5, 2])", "trimming");
        }
    }

    /** Settings without calibration to totals. */
    public WeightingSettings(WeightingMethod method, LonelyPsu lonelyPsu, double level, StrataCollapse collapse,
                             TrimRule trim) {
        this(method, lonelyPsu, level, collapse, trim, null);
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
