package nl.weegschaal.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.estimation.ReliabilityRules;
import org.jspecify.annotations.Nullable;

/**
 * Reads the spec's {@code publication} key: the interval published, the reliability rules and the
 * language, every value checked against its range with the key named, e.g.
 * <pre>
 * publication:
 *   interval: korn_graubard
 *   reliability: {min_effective_n: 30, suppress_width_points: 30, indicative_width_points: 5,
 *                 indicative_relative_width: 1.3, min_df: 8, min_respondents: 10}
 *   language: nl
 * </pre>
 * The keys of the earlier width-only rule ({@code min_respondents}, {@code indicative_half_width}
 * directly under {@code publication}) are refused with a line that says what replaced them.
 */
final class PublicationReader {
    private static final List<String> INTERVALS = Arrays.stream(IntervalMethod.values()).map(IntervalMethod::code).toList();

    private PublicationReader() {
    }

    static WaveSpec.Publication read(@Nullable YamlNode node) {
        WaveSpec.Publication d = WaveSpec.Publication.DEFAULT;
        if (node == null) {
            return d;
        }
        Map<String, YamlNode> keys = node.mapping(YamlNode.keys("interval", "reliability", "language", "min_respondents",
                "indicative_half_width"));
        if (keys.get("min_respondents") != null) {
            throw keys.get("min_respondents").error("moved to publication.reliability.min_respondents");
        }
        if (keys.get("indicative_half_width") != null) {
            throw keys.get("indicative_half_width").error("the width-only rule was replaced by the reliability "
                    + "rules under publication.reliability (see docs/job-spec.md); remove this key");
        }
        IntervalMethod interval = keys.get("interval") == null ? d.interval()
                : IntervalMethod.valueOf(keys.get("interval").oneOf(INTERVALS).toUpperCase(java.util.Locale.ROOT));
        ReliabilityRules rules = keys.get("reliability") == null ? d.reliability() : reliability(keys.get("reliability"));
        String language = keys.get("language") == null ? d.language() : keys.get("language").oneOf(List.of("nl", "en"));
        return new WaveSpec.Publication(interval, rules, language);
    }

    private static ReliabilityRules reliability(YamlNode node) {
        ReliabilityRules d = ReliabilityRules.DEFAULT;
        Map<String, YamlNode> keys = node.mapping(YamlNode.keys("min_effective_n", "suppress_width_points",
                "indicative_width_points", "indicative_relative_width", "min_df", "min_respondents"));
        double minEffectiveN = number(keys.get("min_effective_n"), d.minEffectiveN(), 0, Double.MAX_VALUE, true,
                "must be 0 or more (NCHS: 30)");
        double suppress = number(keys.get("suppress_width_points"), d.suppressWidthPoints(), 0, 100, false,
                "must be above 0 and at most 100 percentage points (NCHS: 30)");
        double indicative = number(keys.get("indicative_width_points"), d.indicativeWidthPoints(), 0, suppress, true,
                "must be 0 or more and below suppress_width_points (" + suppress + "), in percentage points (NCHS: 5)");
        if (indicative >= suppress) {
            throw (keys.get("indicative_width_points") != null ? keys.get("indicative_width_points") : node)
                    .error("indicative_width_points (" + indicative + ") must be below suppress_width_points ("
                            + suppress + ")");
        }
        double relative = number(keys.get("indicative_relative_width"), d.indicativeRelativeWidth(), 0,
                Double.MAX_VALUE, false, "must be above 0, a ratio of the interval's width to the percentage "
                        + "(1.3 is 130%, NCHS)");
        long minDf = whole(keys.get("min_df"), d.minDf(), 0, "must be 0 or more (NCHS: 8)");
        long minRespondents = whole(keys.get("min_respondents"), d.minRespondents(), 1, "must be at least 1");
        return new ReliabilityRules(minEffectiveN, suppress, indicative, relative, minDf, minRespondents);
    }

    /** A number in {@code [low, high]} ({@code (low, high]} unless {@code lowIncluded}), or the default. */
    private static double number(@Nullable YamlNode node, double fallback, double low, double high, boolean lowIncluded,
                                 String range) {
        if (node == null) {
            return fallback;
        }
        double value = node.number();
        boolean above = lowIncluded ? value >= low : value > low;
        if (!(Double.isFinite(value) && above && value <= high)) {
            throw node.error("'" + node.text() + "' " + range);
        }
        return value;
    }

    private static long whole(@Nullable YamlNode node, long fallback, long low, String range) {
        if (node == null) {
            return fallback;
        }
        long value = node.wholeNumber();
        if (value < low || value > Integer.MAX_VALUE) {
            throw node.error("'" + node.text() + "' " + range);
        }
        return value;
    }
}
