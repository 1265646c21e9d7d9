package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;
import static nl.weegschaal.spec.YamlNode.required;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.nio.file.Path;
import nl.weegschaal.weighting.CalibrationBounds;
import nl.weegschaal.weighting.CalibrationFunction;
import nl.weegschaal.weighting.CalibrationSettings;
import nl.weegschaal.weighting.InvalidSetting;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StrataCollapse;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.TrimRule;
import nl.weegschaal.weighting.WeightingMethod;
import nl.weegschaal.weighting.WeightingSettings;

/**
 * Reads the {@code weighting} section into the settings that {@code weigh} shares; a value the
 * settings refuse is named with its key.
 */
final class WeightingReader {
    private WeightingReader() {
    }

    static WeightingSettings read(YamlNode node, SpecPaths paths) {
        Map<String, YamlNode> keys = node.mapping(YamlNode.keys("method", "lonely_psu", "level", "collapse", "trim",
                "calibration"));
        YamlNode method = required(keys, "method", node);
        List<String> methods = Arrays.stream(WeightingMethod.values()).map(WeightingMethod::code).toList();
        try {
            return new WeightingSettings(WeightingMethod.fromCode(method.oneOf(methods)),
                    optional(keys, "lonely_psu") == null ? WeightingSettings.DEFAULT_LONELY_PSU
                            : LonelyPsu.fromCode(keys.get("lonely_psu").oneOf(List.of("adjust", "remove", "certainty",
                            "fail"))),
                    optional(keys, "level") == null ? WeightingSettings.DEFAULT_LEVEL : keys.get("level").number(),
                    collapse(optional(keys, "collapse")), trim(optional(keys, "trim")),
                    calibration(optional(keys, "calibration"), paths));
        } catch (InvalidSetting e) {
            throw keyOf(e.setting(), keys, node).error(e.getMessage());
        }
    }

    /** The node a setting was given in. */
    private static YamlNode keyOf(InvalidSetting.Setting setting, Map<String, YamlNode> keys, YamlNode node) {
        YamlNode key = switch (setting) {
            case LEVEL -> keys.get("level");
            case COLLAPSE_MIN_RESPONDENTS -> keys.get("collapse").mapping().get("min_respondents");
            case TRIM_MAX_RATIO -> keys.get("trim").mapping().get("max_ratio");
            case TRIM_MAX_WEIGHT -> keys.get("trim").mapping().get("max_weight");
            case CALIBRATION -> keys.get("calibration");
            case CALIBRATION_BOUNDS -> keys.get("calibration").mapping().get("bounds");
            case CALIBRATION_MAX_ITERATIONS -> keys.get("calibration").mapping().get("maxit");
        };
        return key == null ? node : key;
    }

    /** {@code calibration: {totals: totals.csv, calfun: logit, bounds: [0.5, 2], maxit: 50}}. */
    private static @Nullable CalibrationSettings calibration(@Nullable YamlNode node, SpecPaths paths) {
        if (node == null) {
            return null;
        }
        Map<String, YamlNode> keys = node.mapping(YamlNode.keys("totals", "calfun", "bounds", "maxit"));
        Path totals = paths.existingFile(required(keys, "totals", node));
        CalibrationFunction function = optional(keys, "calfun") == null ? CalibrationFunction.LINEAR
                : CalibrationFunction.fromLabel(keys.get("calfun").oneOf(List.of("linear", "raking", "logit")));
        CalibrationBounds bounds = CalibrationBounds.NONE;
        YamlNode given = optional(keys, "bounds");
        if (given != null) {
            List<YamlNode> pair = given.list();
            if (pair.size() != 2) {
                throw given.error("bounds are two numbers [L, U] with L < 1 < U, e.g. [0.5, 2]");
            }
            bounds = CalibrationSettings.bounds(pair.get(0).number(), pair.get(1).number());
        }
        long maxit = optional(keys, "maxit") == null ? CalibrationSettings.DEFAULT_MAX_ITERATIONS
                : keys.get("maxit").wholeNumber();
        return new CalibrationSettings(totals, function, bounds, (int) Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, maxit)));
    }

    /** {@code trim: {max_ratio: 5}} and/or {@code {max_weight: 800}}. */
    private static TrimRule trim(YamlNode node) {
        if (node == null) {
            return TrimRule.NONE;
        }
        Map<String, YamlNode> keys = node.mapping(YamlNode.keys("max_ratio", "max_weight"));
        return new TrimRule(keys.get("max_ratio") == null ? null : keys.get("max_ratio").number(),
                keys.get("max_weight") == null ? null : keys.get("max_weight").number());
    }

    /** {@code collapse: {min_respondents: 5, merges: [["07 x 20-99", "07 x 100+"]]}}. */
    private static StrataCollapse collapse(YamlNode node) {
        if (node == null) {
            return StrataCollapse.NONE;
        }
        Map<String, YamlNode> keys = node.mapping(YamlNode.keys("min_respondents", "merges"));
        long min = keys.get("min_respondents") == null ? 0 : keys.get("min_respondents").wholeNumber();
        List<List<StratumKey>> merges = new ArrayList<>();
        if (keys.get("merges") != null) {
            for (YamlNode merge : keys.get("merges").list()) {
                List<StratumKey> group = new ArrayList<>();
                for (String label : merge.texts()) {
                    group.add(StratumKey.parse(label));
                }
                if (group.size() < 2) {
                    throw merge.error("a merge needs at least two strata, e.g. [\"07 x 20-99\", \"07 x 100+\"]");
                }
                merges.add(group);
            }
        }
        return new StrataCollapse((int) Math.min(Integer.MAX_VALUE, Math.max(Integer.MIN_VALUE, min)), merges);
    }
}
