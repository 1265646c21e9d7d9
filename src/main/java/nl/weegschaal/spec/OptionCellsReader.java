package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads how an export's multiple-response cells read ({@code ticked}, {@code not_ticked},
 * {@code blank_option}) and checks that no cell value can mean two things: ticked and not ticked, or
 * either and "no answer".
 */
final class OptionCellsReader {
    /** The word in {@code ticked} that says a ticked option's cell holds the option's own label. */
    static final String OPTION_LABEL = "option_label";

    private OptionCellsReader() {
    }

    static InputSpec.OptionCells read(Map<String, YamlNode> keys, Map<String, Question> codebook,
                                      List<String> missing) {
        YamlNode tickedNode = keys.get("ticked");
        List<String> ticked = new ArrayList<>(tickedNode == null ? List.of("1") : tickedNode.texts());
        boolean optionLabel = ticked.removeIf(v -> v.equalsIgnoreCase(OPTION_LABEL));
        YamlNode notTickedNode = keys.get("not_ticked");
        List<String> notTicked = notTickedNode == null ? List.of("0") : notTickedNode.texts();
        InputSpec.BlankOption blank = optional(keys, "blank_option") == null ? InputSpec.BlankOption.MISSING
                : InputSpec.BlankOption.valueOf(keys.get("blank_option").oneOf(List.of("MISSING", "NOT_TICKED")));
        YamlNode where = notTickedNode != null ? notTickedNode : tickedNode;
        clash(where, ticked, notTicked, "means ticked and not ticked");
        clash(keys.get("missing"), missing, ticked, "means no answer and ticked");
        clash(keys.get("missing"), missing, notTicked, "means no answer and not ticked");
        for (Question q : codebook.values()) {
            if (!q.multiple()) {
                continue;
            }
            clash(where, q.missing(), ticked, "is ticked in this export and no answer to " + q.name()
                    + " (codebook." + q.name() + ".missing)");
            clash(where, q.missing(), notTicked, "is not ticked in this export and no answer to " + q.name()
                    + " (codebook." + q.name() + ".missing)");
            if (optionLabel) {
                for (Level option : q.levels()) {
                    clash(where, option.labels(), notTicked, "is a label of option " + q.optionField(option)
                            + ", which ticks it (ticked: option_label), and a value for not ticked");
                    clash(keys.get("missing"), option.labels(), missing, "is a label of option "
                            + q.optionField(option) + ", which ticks it (ticked: option_label), and means no answer");
                }
            }
        }
        return new InputSpec.OptionCells(ticked, optionLabel, notTicked, blank);
    }

    private static void clash(@Nullable YamlNode node, List<String> one, List<String> other, String what) {
        for (String value : one) {
            if (node != null && other.stream().anyMatch(o -> AnswerText.key(o).equals(AnswerText.key(value)))) {
                throw node.error("'" + value + "' " + what + "; a cell value must mean one thing only");
            }
        }
    }
}
