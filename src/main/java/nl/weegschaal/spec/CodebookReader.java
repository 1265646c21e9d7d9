package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;
import static nl.weegschaal.spec.YamlNode.required;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and checks the {@code codebook} section of a job spec. */
final class CodebookReader {
    private static final Set<String> QUESTION_KEYS = YamlNode.keys("type", "question", "question_en", "asked_of", "levels",
            "dont_know", "derived", "options", "sheet", "sheet_en", "missing", "unit", "min", "max",
            "ratio_to");
    private static final Set<String> LEVEL_KEYS = YamlNode.keys("code", "value", "nl", "en", "aliases");
    private static final Set<String> DERIVED_KEYS = YamlNode.keys("code", "nl", "en", "of");

    private final SheetNames.Register sheets = new SheetNames.Register(SheetNames.FIXED_NL, "sheet");
    private final SheetNames.Register sheetsEn = new SheetNames.Register(SheetNames.FIXED_EN, "sheet_en");

    private CodebookReader() {
    }

    static Map<String, Question> read(YamlNode codebook) {
        return new CodebookReader().questions(codebook);
    }

    private Map<String, Question> questions(YamlNode codebook) {
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, YamlNode> routing = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : codebook.mapping().entrySet()) {
            Question question = question(entry.getKey(), entry.getValue());
            if (!question.askedOf().everyone()) {
                routing.put(entry.getKey(), entry.getValue().mapping().get("asked_of"));
            }
            questions.put(entry.getKey(), question);
        }
        routing.forEach((name, node) -> questions.put(name, questions.get(name)
                .routedBy(checkRouting(questions, questions.get(name).askedOf(), node))));
        NumericReader.checkRatios(questions, codebook);
        return questions;
    }

    private Question question(String name, YamlNode node) {
        Map<String, YamlNode> keys = node.mapping(QUESTION_KEYS);
        String type = optional(keys, "type") == null ? "single"
                : required(keys, "type", node).oneOf(List.of("single", "multiple", "numeric"));
        NumericAnswer numeric = type.equals("numeric") ? NumericReader.read(keys, node) : null;
        if (numeric == null) {
            NumericReader.refuseNumericKeys(keys);
        }
        boolean multiple = type.equals("multiple");
        List<Level> levels = numeric != null ? List.of() : levels(required(keys, multiple ? "options" : "levels", node),
                !multiple);
        return question(name, node, keys, multiple, levels, numeric);
    }

    private Question question(String name, YamlNode node, Map<String, YamlNode> keys, boolean multiple,
                              List<Level> levels, @Nullable NumericAnswer numeric) {
        String dontKnow = optional(keys, "dont_know") == null ? null : keys.get("dont_know").text();
        if (dontKnow != null && levels.stream().noneMatch(l -> l.code().equals(dontKnow))) {
            throw keys.get("dont_know").error("'" + dontKnow + "' is not one of the levels");
        }
        List<DerivedLevel> derived = optional(keys, "derived") == null ? List.of()
                : derived(keys.get("derived"), levels);
        List<String> missing = optional(keys, "missing") == null ? List.of() : keys.get("missing").texts();
        checkMissing(keys.get("missing"), missing, levels, name);
        String text = required(keys, "question", node).text();
        String textEn = optional(keys, "question_en") == null ? text : keys.get("question_en").text();
        String sheet = sheetName(keys.get("sheet"), node, name, sheets, name);
        String sheetEn = sheetName(keys.get("sheet_en"), node, sheet, sheetsEn, name);
        return new Question(name, multiple, text, textEn, askedOf(required(keys, "asked_of", node)), levels,
                dontKnow, derived, sheet, sheetEn, missing, true, numeric);
    }

    /**
     * A worksheet name, given or (from the fallback, shortened to 31 characters) by default; it must be
     * a name Excel takes and differ, ignoring case, from every other sheet of the workbook.
     */
    private static String sheetName(@Nullable YamlNode node, YamlNode question, String fallback,
                                    SheetNames.Register register, String name) {
        String sheet = node == null ? fallback.substring(0, Math.min(fallback.length(), SheetNames.MAX_LENGTH))
                : node.text();
        String problem = SheetNames.problem(sheet);
        if (problem == null) {
            problem = register.take(sheet, name);
        }
        if (problem != null) {
            throw (node == null ? question : node).error(problem + (node == null ? " (the default sheet name; set "
                    + "sheet: or sheet_en: to choose another)" : ""));
        }
        return sheet;
    }

    private static List<Level> levels(YamlNode list, boolean single) {
        List<Level> levels = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> values = new HashSet<>();
        Map<String, String> labels = new HashMap<>();
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
            List<String> aliases = optional(keys, "aliases") == null ? List.of() : keys.get("aliases").texts();
            Level level = new Level(code, single ? value : null, nl, en, aliases);
            checkLabels(labels, level, keys);
            levels.add(level);
        }
        if (levels.isEmpty()) {
            throw list.error("there must be at least one level");
        }
        return levels;
    }

    /**
     * Two levels of one question must not share a label or alias: an export's answer would mean
     * either, and with labels compared without case and spacing a copy-paste slip is easily made.
     */
    private static void checkLabels(Map<String, String> owners, Level level, Map<String, YamlNode> keys) {
        for (String label : level.labels()) {
            String owner = owners.putIfAbsent(AnswerText.key(label), level.code());
            if (owner != null && !owner.equals(level.code())) {
                YamlNode node = label.equals(level.nl()) ? keys.get("nl") : keys.get("aliases");
                throw node.error("'" + label + "' is also a label or alias of level '" + owner + "'; two levels "
                        + "of a question must not share one (labels are compared without case and spacing)");
            }
        }
    }

    /** A value that means "no answer" cannot also be a level's value, label or alias. */
    static void checkMissing(@Nullable YamlNode node, List<String> missing, List<Level> levels, String question) {
        for (String value : missing) {
            for (Level level : levels) {
                boolean clash = value.equals(level.value())
                        || level.labels().stream().anyMatch(l -> AnswerText.key(l).equals(AnswerText.key(value)));
                if (clash && node != null) {
                    throw node.error("'" + value + "' means no answer, but it is also the value or a label of level '"
                            + level.code() + "' of " + question + "; a missing value cannot be a level (remove it from "
                            + "one of the two)");
                }
            }
        }
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
        Map<String, YamlNode> keys = node.mapping(YamlNode.keys("variable", "level"));
        List<String> levels = required(keys, "level", node).texts();
        return new AskedOf(required(keys, "variable", node).text(), levels, levels);
    }

    /**
     * The filter must be a single-choice question and each level one of its plain or derived levels;
     * a derived level routes in everyone who gave one of the levels it combines.
     */
    private static AskedOf checkRouting(Map<String, Question> questions, AskedOf askedOf, YamlNode node) {
        Question filter = questions.get(askedOf.variable());
        if (filter == null || filter.multiple() || filter.isNumeric()) {
            throw node.error("'" + askedOf.variable() + "' is not a single-choice question of the codebook");
        }
        List<String> plain = new ArrayList<>();
        for (String level : askedOf.levels()) {
            DerivedLevel derived = filter.derived().stream().filter(d -> d.code().equals(level)).findFirst()
                    .orElse(null);
            if (derived != null) {
                derived.of().stream().filter(l -> !plain.contains(l)).forEach(plain::add);
            } else if (filter.level(level) == null) {
                throw node.error("'" + level + "' is not a level of " + askedOf.variable());
            } else if (!plain.contains(level)) {
                plain.add(level);
            }
        }
        return new AskedOf(askedOf.variable(), askedOf.levels(), plain);
    }
}
