package nl.weegschaal.weighting;

import java.util.Locale;

/**
 * A weighting setting whose value means nothing. It names the setting and the problem in neutral
 * words, so that each front end can say it in its user's terms: the job spec names its key
 * ({@code weighting.level: the confidence level must be between 0 and 1, got 95.0}), {@code weigh}
 * its option ({@code --level must be between 0 and 1, got 95.0}).
 */
public final class InvalidSetting extends IllegalArgumentException {
    /** The settings that are checked, each with how a statistician calls it. */
    public enum Setting {
        LEVEL("the confidence level"),
        COLLAPSE_MIN_RESPONDENTS("the minimum number of respondents per stratum"),
        TRIM_MAX_RATIO("the trimming ratio"),
        TRIM_MAX_WEIGHT("the maximum weight"),
        CALIBRATION("calibration to totals"),
        CALIBRATION_BOUNDS("the bounds on the g-weights"),
        CALIBRATION_MAX_ITERATIONS("the calibration's maximum number of iterations");

        private final String description;

        Setting(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Setting setting;
    private final String problem;
    private final String value;

    InvalidSetting(Setting setting, String problem, Object value) {
        super(setting.description() + " " + problem + ", got " + format(value));
        this.setting = setting;
        this.problem = problem;
        this.value = format(value);
    }

    public Setting setting() {
        return setting;
    }

    /** What is wrong, without the setting's name: {@code must be between 0 and 1}. */
    public String problem() {
        return problem;
    }

    /** The value as given. */
    public String value() {
        return value;
    }

    private static String format(Object value) {
        return value instanceof Double d ? Double.toString(d) : String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
