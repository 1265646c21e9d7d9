package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;
import static nl.weegschaal.spec.YamlNode.required;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and checks the {@code inputs} section of a job spec against its codebook and strata. */
final class InputsReader {
    private static final Set<String> KEYS = YamlNode.keys("name", "mode", "file", "format", "delimiter", "encoding", "sheet",
            "answers", "ticked", "not_ticked", "columns", "missing", "blank_option", "max_reject_share",
            "decimal");

    private InputsReader() {
    }

    /** The fields every export must map: the id, the register fields the strata come from, every variable. */
    static Set<String> fields(Map<String, Question> codebook, List<StratumRule> strata) {
        Set<String> fields = new LinkedHashSet<>();
        fields.add("id");
        strata.forEach(rule -> fields.add(rule.from()));
        for (Question q : codebook.values()) {
            if (q.multiple()) {
                q.levels().forEach(option -> fields.add(q.optionField(option)));
            } else {
                fields.add(q.name());
            }
        }
        return fields;
    }

    static List<InputSpec> read(YamlNode list, SpecPaths paths, Map<String, Question> codebook, List<StratumRule> strata) {
        Set<String> fields = fields(codebook, strata);
        List<InputSpec> inputs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : list.list()) {
            Map<String, YamlNode> keys = item.mapping(KEYS);
            String name = required(keys, "name", item).text();
            if (!names.add(name)) {
                throw keys.get("name").error("two inputs are called '" + name + "'");
            }
            InputSpec.Format format = InputSpec.Format.valueOf(
                    required(keys, "format", item).oneOf(List.of("CSV", "XLSX")));
            String sheet = optional(keys, "sheet") == null ? null : keys.get("sheet").text();
            if (format == InputSpec.Format.XLSX && sheet == null) {
                throw item.error("the key 'sheet' is missing; an xlsx input must name its sheet");
            }
            InputSpec.Answers answers = InputSpec.Answers.valueOf(
                    required(keys, "answers", item).oneOf(List.of("CODES", "LABELS")));
            if (answers == InputSpec.Answers.CODES) {
                checkValues(codebook, keys.get("answers"));
            }
            List<String> missing = optional(keys, "missing") == null ? List.of() : keys.get("missing").texts();
            InputSpec.OptionCells options = OptionCellsReader.read(keys, codebook, missing);
            codebook.values().forEach(q -> CodebookReader.checkMissing(keys.get("missing"), missing, q.levels(),
                    q.name()));
            inputs.add(new InputSpec(name,
                    InputSpec.Mode.valueOf(required(keys, "mode", item).oneOf(List.of("CATI", "CAWI"))),
                    paths.existingFile(required(keys, "file", item)), format, delimiter(keys),
                    encoding(keys), sheet, answers, missing, options,
                    columns(required(keys, "columns", item), fields), share(keys.get("max_reject_share")),
                    optional(keys, "decimal") != null
                            && keys.get("decimal").oneOf(List.of("point", "comma")).equals("comma")));
        }
        if (inputs.isEmpty()) {
            throw list.error("there must be at least one input");
        }
        return inputs;
    }

    private static Map<String, String> columns(YamlNode node, Set<String> fields) {
        Map<String, String> columns = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, YamlNode> entry : node.mapping().entrySet()) {
            if (!fields.contains(entry.getKey())) {
                throw entry.getValue().error("'" + entry.getKey() + "' is not a field of this wave (not id, a "
                        + "register field of the strata, a codebook variable or variable.option)");
            }
            String column = entry.getValue().text();
            if (!used.add(column)) {
                throw entry.getValue().error("the export column '" + column + "' is mapped twice");
            }
            columns.put(entry.getKey(), column);
        }
        for (String field : fields) {
            if (!columns.containsKey(field)) {
                throw node.error("the field '" + field + "' has no export column");
            }
        }
        return columns;
    }

    private static void checkValues(Map<String, Question> codebook, YamlNode answers) {
        for (Question q : codebook.values()) {
            for (Level level : q.multiple() ? List.<Level>of() : q.levels()) {
                if (level.value() == null) {
                    throw answers.error("answers are codes, but level '" + level.code() + "' of " + q.name()
                            + " has no value in the codebook");
                }
            }
        }
    }

    /** A reject share: a fraction between 0 and 1; null when the key is not given. */
    static @Nullable Double share(@Nullable YamlNode node) {
        if (node == null) {
            return null;
        }
        double value = node.number();
        if (!(value >= 0 && value <= 1)) {
            throw node.error("the share must be between 0 and 1 (0.05 is 5%)");
        }
        return value;
    }

    private static char delimiter(Map<String, YamlNode> keys) {
        YamlNode node = keys.get("delimiter");
        if (node == null) {
            return ',';
        }
        String text = node.raw().equals("\\t") ? "\t" : node.raw();
        if (text.length() != 1) {
            throw node.error("the delimiter must be one character, got '" + text + "'");
        }
        return text.charAt(0);
    }

    private static Charset encoding(Map<String, YamlNode> keys) {
        YamlNode node = keys.get("encoding");
        if (node == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error("'" + node.text() + "' is not a character encoding this Java knows");
        }
    }
}
