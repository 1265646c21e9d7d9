package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;
import static nl.weegschaal.spec.YamlNode.required;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks the {@code codebook} section of a job spec. */
final class CodebookReader {
    private static final Set<String> QUESTION_KEYS = Set.of("type", "question", "question_en", "asked_of", "levels",
            "dont_know", "derived", "options", "sheet", "sheet_en");
    private static final Set<String> LEVEL_KEYS = Set.of("code", "value", "nl", "en");
    private static final Set<String> DERIVED_KEYS = Set.of("code", "nl", "en", "of");

    private CodebookReader() {
    }

    static Map<String, Question> read(YamlNode codebook) {
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, YamlNode> routing = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : codebook.mapping().entrySet()) {
            YamlNode node = entry.getValue();
            Map<String, YamlNode> keys = node.mapping(QUESTION_KEYS);
            boolean multiple = optional(keys, "type") != null
                    && required(keys, "type", node).oneOf(List.of("single", "multiple")).equals("multiple");
            YamlNode levelList = required(keys, multiple ? "options" : "levels", node);
            List<Level> levels = levels(levelList, !multiple);
            String dontKnow = optional(keys, "dont_know") == null ? null : keys.get("dont_know").text();
            if (dontKnow != null && levels.stream().noneMatch(l -> l.code().equals(dontKnow))) {
                throw keys.get("dont_know").error("'" + dontKnow + "' is not one of the levels");
            }
            List<DerivedLevel> derived = optional(keys, "derived") == null ? List.of()
                    : derived(keys.get("derived"), levels);
            AskedOf askedOf = askedOf(required(keys, "asked_of", node));
            if (!askedOf.everyone()) {
                routing.put(entry.getKey(), keys.get("asked_of"));
            }
            String text = required(keys, "question", node).text();
            String textEn = optional(keys, "question_en") == null ? text : keys.get("question_en").text();
            String sheet = sheetName(keys.get("sheet"), entry.getKey());
            String sheetEn = keys.get("sheet_en") == null ? sheet : sheetName(keys.get("sheet_en"), sheet);
            questions.put(entry.getKey(), new Question(entry.getKey(), multiple, text, textEn, askedOf, levels,
                    dontKnow, derived, sheet, sheetEn));
        }
        routing.forEach((name, node) -> checkRouting(questions, questions.get(name).askedOf(), node));
        return questions;
    }

    /** A worksheet name (Excel: at most 31 characters, none of : \\ / ? * [ ]); default: the fallback, shortened. */
    private static String sheetName(@org.jspecify.annotations.Nullable YamlNode node, String fallback) {
        if (node == null) {
            return fallback.length() > 31 ? fallback.substring(0, 31) : fallback;
        }
        String name = node.text();
        if (name.length() > 31 || name.matches(".*[:\\\\/?*\\[\\]].*")) {
            throw node.error("'" + name + "' is not a worksheet name (at most 31 characters, none of : \\ / ? * [ ])");
        }
        return name;
    }

    private static List<Level> levels(YamlNode list, boolean single) {
        List<Level> levels = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> values = new HashSet<>();
        for (YamlNode item : list.list()) {
            Map<String, YamlNode> keys = item.mapping(LEVEL_KEYS);
            String code = required(keys, "code", item).text();
            if (!codes.add(code)) {
                throw keys.get("code").error("the level '" + code + "' is listed twice");
            }
            String value = optional(keys, "value") == null ? null : keys.get("value").text();
            if (value != null && !values.add(value)) {
                throw keys.get("value").error("the value '" + value + "' is used by two levels");
            }
            String nl = required(keys, "nl", item).text();
            String en = optional(keys, "en") == null ? nl : keys.get("en").text();
            levels.add(new Level(code, single ? value : null, nl, en));
        }
        if (levels.isEmpty()) {
            throw list.error("there must be at least one level");
        }
        return levels;
    }

    private static List<DerivedLevel> derived(YamlNode list, List<Level> levels) {
        List<DerivedLevel> derived = new ArrayList<>();
        for (YamlNode item : list.list()) {
            Map<String, YamlNode> keys = item.mapping(DERIVED_KEYS);
            String code = required(keys, "code", item).text();
            if (levels.stream().anyMatch(l -> l.code().equals(code))) {
                throw keys.get("code").error("'" + code + "' is already a plain level");
            }
            List<String> of = required(keys, "of", item).texts();
            for (String part : of) {
                if (levels.stream().noneMatch(l -> l.code().equals(part))) {
                    throw keys.get("of").error("'" + part + "' is not one of the levels");
                }
            }
            String nl = required(keys, "nl", item).text();
            derived.add(new DerivedLevel(code, nl, optional(keys, "en") == null ? nl : keys.get("en").text(), of));
        }
        return derived;
    }

    private static AskedOf askedOf(YamlNode node) {
        if (node.isText()) {
            if (!node.text().equals("all")) {
                throw node.error("expected 'all' or {variable: ..., level: ...}");
            }
            return AskedOf.ALL;
        }
        Map<String, YamlNode> keys = node.mapping(Set.of("variable", "level"));
        return new AskedOf(required(keys, "variable", node).text(), required(keys, "level", node).text());
    }

    private static void checkRouting(Map<String, Question> questions, AskedOf askedOf, YamlNode node) {
        Question filter = questions.get(askedOf.variable());
        if (filter == null || filter.multiple()) {
            throw node.error("'" + askedOf.variable() + "' is not a single-choice question of the codebook");
        }
        if (filter.level(askedOf.level()) == null) {
            throw node.error("'" + askedOf.level() + "' is not a level of " + askedOf.variable());
        }
    }
}
