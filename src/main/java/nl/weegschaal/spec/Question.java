package nl.weegschaal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question of the codebook: single choice (levels, a don't-know level, derived levels) or
 * multiple response (options, each estimated among those asked). A question without levels is open:
 * its answers are taken as they are and its levels are those observed ({@code weigh}'s variables).
 *
 * @param dontKnow  the level that means "weet niet" (it stays in the base)
 * @param sheet     the name of the question's sheet in the Dutch workbook (at most 31 characters)
 * @param sheetEn   the name in the English workbook
 * @param missing   answer values that mean "no answer" for this question in every export, besides each
 *                  export's own {@code missing} values (item nonresponse: out of the base, never a level)
 * @param estimated whether its estimates are made (a column read only as a domain is not estimated)
 * @param numeric   for a numeric question ({@code type: numeric}), its unit, range and ratios; null for
 *                  a single-choice or multiple-response question
 */
public record Question(String name, boolean multiple, String text, String textEn, AskedOf askedOf,
                       List<Level> levels, @Nullable String dontKnow, List<DerivedLevel> derived, String sheet,
                       String sheetEn, List<String> missing, boolean estimated,
                       @Nullable NumericAnswer numeric) {
    public Question {
        levels = List.copyOf(levels);
        derived = List.copyOf(derived);
        missing = List.copyOf(missing);
    }

    public Question(String name, boolean multiple, String text, String textEn, AskedOf askedOf, List<Level> levels,
                    @Nullable String dontKnow, List<DerivedLevel> derived, String sheet, String sheetEn) {
        this(name, multiple, text, textEn, askedOf, levels, dontKnow, derived, sheet, sheetEn, List.of(), true, null);
    }

    /** An open single-choice question: answers as they are, levels as observed. */
    public static Question open(String name, boolean estimated) {
        return new Question(name, false, name, name, AskedOf.ALL, List.of(), null, List.of(), name, name, List.of(),
                estimated, null);
    }

    /** A numeric question of {@code weigh}: any number, empty = no answer; its ratios to the denominators. */
    public static Question number(String name, List<String> ratioTo) {
        return new Question(name, false, name, name, AskedOf.ALL, List.of(), null, List.of(), name, name, List.of(),
                true, new NumericAnswer("", "", null, null, ratioTo));
    }

    /**
     * The field of an option of this multiple-response question: {@code question.option}, the name an
     * export's column is mapped to and the records are staged and published under.
     */
    public String optionField(Level option) {
        return name + "." + option.code();
    }

    /** Whether its answer is a number ({@code type: numeric}). */
    public boolean isNumeric() {
        return numeric != null;
    }

    /** Whether its levels are those observed, not listed (a numeric question has none). */
    public boolean open() {
        return levels.isEmpty() && numeric == null;
    }

    /** This question with its routing resolved (derived levels of the filter replaced by plain ones). */
    Question routedBy(AskedOf routing) {
        return new Question(name, multiple, text, textEn, routing, levels, dontKnow, derived, sheet, sheetEn, missing,
                estimated, numeric);
    }

    public @Nullable Level level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }
}
