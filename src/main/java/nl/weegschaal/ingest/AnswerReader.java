package nl.weegschaal.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weegschaal.spec.AnswerText;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cells of one question in one export: a single-choice answer becomes its level's code, a
 * multiple-response option's cell {@code 1} (ticked) or {@code 0} (not ticked); a value that means
 * "no answer" (the export's {@code missing}, the question's own, or an empty cell where the export
 * says so) becomes null. Texts are compared as {@link AnswerText} says, after an exact match was tried.
 */
final class AnswerReader {
    /** The result of a cell that is no answer. */
    static final @Nullable String NO_ANSWER = null;

    private final Question question;
    private final InputSpec input;
    private final Map<String, String> levels = new HashMap<>();
    private final Set<String> missing = new HashSet<>();
    private final List<String> missingAsGiven;

    AnswerReader(Question question, InputSpec input) {
        this.question = question;
        this.input = input;
        // an export's missing codes are codes of choice answers: 9 (geen antwoord) is a number of vacancies
        List<String> exportMissing = question.isNumeric() ? List.of() : input.missing();
        exportMissing.forEach(value -> missing.add(AnswerText.key(value)));
        question.missing().forEach(value -> missing.add(AnswerText.key(value)));
        missingAsGiven = java.util.stream.Stream.concat(exportMissing.stream(), question.missing().stream())
                .distinct().toList();
        if (!question.multiple()) {
            for (Level level : question.levels()) {
                List<String> texts = input.answers() == InputSpec.Answers.CODES ? List.of(level.value())
                        : level.labels();
                texts.forEach(text -> put(text, level.code()));
            }
        }
    }

    private void put(String text, String code) {
        levels.put(text.strip(), code);
        levels.put(AnswerText.key(text), code);
    }

    /** The level code of a single-choice answer (an open question's answer as it is), or {@link #NO_ANSWER}. */
    @Nullable String answer(String cell) throws CellProblem {
        if (cell.isEmpty()) {
            return NO_ANSWER;
        }
        if (question.open()) {
            return missing.contains(AnswerText.key(cell)) ? NO_ANSWER : cell;
        }
        if (question.isNumeric()) {
            return number(cell);
        }
        String code = levels.get(cell);
        if (code != null) {
            return code;
        }
        String key = AnswerText.key(cell);
        code = levels.get(key);
        if (code != null) {
            return code;
        }
        if (missing.contains(key)) {
            return NO_ANSWER;
        }
        throw new CellProblem("not an answer of the codebook for " + question.name()
                + (missing.isEmpty() ? "" : " nor a value for no answer " + missingAsGiven));
    }

    /**
     * A numeric answer in plain notation ({@link NumberCell}), or {@link #NO_ANSWER} for one of the
     * question's missing codes (compared as text first, {@code 99999}, then as a number, {@code 99999.0}).
     */
    private @Nullable String number(String cell) throws CellProblem {
        if (missing.contains(AnswerText.key(cell))) {
            return NO_ANSWER;
        }
        String plain = NumberCell.plain(cell, input.decimalComma());
        if (plain != null && missing.contains(plain)) {
            return NO_ANSWER;
        }
        var numeric = java.util.Objects.requireNonNull(question.numeric());
        if (plain == null) {
            throw new CellProblem("not a number: an answer to " + question.name() + " is "
                    + NumberCell.example(input.decimalComma())
                    + (numeric.range().isEmpty() ? "" : " in " + numeric.range())
                    + (missing.isEmpty() ? "" : ", or a value for no answer " + missingAsGiven));
        }
        if (!numeric.inRange(Double.parseDouble(plain))) {
            throw new CellProblem("outside the valid range " + numeric.range() + " of " + question.name()
                    + (missing.isEmpty() ? "" : " (values for no answer: " + missingAsGiven + ")"));
        }
        return plain;
    }

    /** {@code 1} (ticked), {@code 0} (not ticked) or {@link #NO_ANSWER} for the cell of one option. */
    @Nullable String option(Level option, String cell) throws CellProblem {
        InputSpec.OptionCells cells = input.options();
        if (cell.isEmpty()) {
            return cells.blank() == InputSpec.BlankOption.NOT_TICKED ? "0" : NO_ANSWER;
        }
        if (cells.ticked().contains(cell)) {
            return "1";
        }
        if (cells.notTicked().contains(cell)) {
            return "0";
        }
        String key = AnswerText.key(cell);
        if (cells.optionLabel() && option.labels().stream().anyMatch(label -> AnswerText.key(label).equals(key))) {
            return "1";
        }
        if (matches(cells.ticked(), key)) {
            return "1";
        }
        if (matches(cells.notTicked(), key)) {
            return "0";
        }
        if (missing.contains(key)) {
            return NO_ANSWER;
        }
        throw new CellProblem(expected(option));
    }

    private static boolean matches(List<String> values, String key) {
        return values.stream().anyMatch(value -> AnswerText.key(value).equals(key));
    }

    private String expected(Level option) {
        InputSpec.OptionCells cells = input.options();
        StringBuilder b = new StringBuilder("not one of the values for ticked ");
        b.append(cells.optionLabel() ? "(the option's label '" + option.nl() + "'"
                + (option.aliases().isEmpty() ? "" : " or an alias " + option.aliases()) + (cells.ticked().isEmpty()
                ? ")" : " or " + cells.ticked() + ")") : cells.ticked());
        b.append(" or not ticked ").append(cells.notTicked());
        if (!missing.isEmpty()) {
            b.append(" or no answer ").append(missingAsGiven);
        }
        return b.toString();
    }

    /**
     * Why a cell cannot be read. Rare, so an exception (without a stack trace: it is a verdict on the
     * data, not a program error) keeps the common path free of result objects.
     */
    static final class CellProblem extends Exception {
        CellProblem(String reason) {
            super(reason, null, false, false);
        }
    }
}
