package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;
import static nl.weegschaal.spec.YamlNode.required;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the keys of a numeric question of the codebook ({@code type: numeric}): {@code unit}
 * ({@code {nl: banen, en: jobs}}), the valid range {@code min}, {@code max} and {@code ratio_to}; and
 * refuses the keys of a choice question on it ({@code levels}, {@code options}, {@code dont_know},
 * {@code derived}) and a numeric key on a choice question, so that a slip is named rather than ignored.
 */
final class NumericReader {
    private static final Set<String> UNIT_KEYS = YamlNode.keys("nl", "en");
    private static final List<String> NUMERIC_ONLY = List.of("unit", "min", "max", "ratio_to");
    private static final List<String> CHOICE_ONLY = List.of("levels", "options", "dont_know", "derived");

    private NumericReader() {
    }

    static NumericAnswer read(Map<String, YamlNode> keys, YamlNode question) {
        for (String key : CHOICE_ONLY) {
            if (keys.containsKey(key)) {
                throw keys.get(key).error("a numeric question has no " + key + "; its answer is a number (say which "
                        + "codes are no answer, e.g. 99999 = weet niet, in missing)");
            }
        }
        Map<String, YamlNode> unit = required(keys, "unit", question).mapping(UNIT_KEYS);
        String nl = required(unit, "nl", keys.get("unit")).text();
        String en = optional(unit, "en") == null ? nl : unit.get("en").text();
        Double min = bound(keys.get("min"));
        Double max = bound(keys.get("max"));
        if (min != null && max != null && min > max) {
            throw keys.get("max").error("max " + NumericAnswer.plain(max) + " is below min " + NumericAnswer.plain(min));
        }
        List<String> ratioTo = optional(keys, "ratio_to") == null ? List.of() : keys.get("ratio_to").texts();
        return new NumericAnswer(nl, en, min, max, ratioTo);
    }

    private static @Nullable Double bound(@Nullable YamlNode node) {
        if (node == null) {
            return null;
        }
        double value = node.number();
        if (!Double.isFinite(value)) {
            throw node.error("a bound must be a finite number");
        }
        return value;
    }

    /** A choice question with a key that only a numeric question has. */
    static void refuseNumericKeys(Map<String, YamlNode> keys) {
        for (String key : NUMERIC_ONLY) {
            if (keys.containsKey(key)) {
                throw keys.get(key).error("only a numeric question (type: numeric) has " + key);
            }
        }
    }

    /** Every {@code ratio_to} names another numeric question of the codebook. */
    static void checkRatios(Map<String, Question> questions, YamlNode codebook) {
        for (Question q : questions.values()) {
            if (q.numeric() == null) {
                continue;
            }
            for (String other : q.numeric().ratioTo()) {
                Question denominator = questions.get(other);
                if (denominator == null || !denominator.isNumeric() || other.equals(q.name())) {
                    throw codebook.mapping().get(q.name()).mapping().get("ratio_to").error("'" + other
                            + "' is not another numeric question of the codebook (a ratio divides the total of "
                            + q.name() + " by that of another numeric question)");
                }
            }
        }
    }
}
