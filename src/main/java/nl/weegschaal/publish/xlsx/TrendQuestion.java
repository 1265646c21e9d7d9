package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.result.CodebookRow;
import org.jspecify.annotations.Nullable;

/**
 * A categorical question of the trend workbook, from the codebook rows of a wave in the catalog: its
 * text, base, sheet name and categories (plain levels or options in codebook order, then derived
 * levels, as the wave workbook shows them), in the workbook's language.
 *
 * @param askedOf the codebook's {@code asked_of} in words ({@code all}, or the filter), null if none
 */
record TrendQuestion(String variable, boolean multiple, String text, @Nullable String askedOf, String sheet,
                     List<QuestionTable.Category> categories, @Nullable String dontKnow) {

    TrendQuestion {
        categories = List.copyOf(categories);
    }

    /**
     * The question of {@code rows} (one variable's codebook rows, in order); null for a numeric question,
     * which the trend workbook leaves out.
     */
    static @Nullable TrendQuestion of(List<CodebookRow> rows, Labels labels) {
        CodebookRow first = rows.get(0);
        if (first.type().equals("numeric")) {
            return null;
        }
        List<QuestionTable.Category> plain = new ArrayList<>();
        List<QuestionTable.Category> derived = new ArrayList<>();
        String dontKnow = null;
        for (CodebookRow row : rows) {
            if (row.level() == null) {
                continue;
            }
            String label = labels.t(row.labelNl(), row.labelEn());
            boolean isDerived = row.kind().equals("derived");
            (isDerived ? derived : plain).add(new QuestionTable.Category(row.level(), label, !isDerived));
            if (row.dontKnow()) {
                dontKnow = row.level();
            }
        }
        plain.addAll(derived);
        return new TrendQuestion(first.variable(), first.type().equals("multiple"),
                labels.t(first.question(), first.questionEn()), first.askedOf(), sheet(first, labels), plain, dontKnow);
    }

    /**
     * The question's sheet name as in the wave workbook; for a result written before the codebook held
     * it, the variable's name (a codebook variable is a valid, unique sheet name up to 31 characters).
     */
    private static String sheet(CodebookRow row, Labels labels) {
        String name = labels.english() ? row.sheetEn() : row.sheet();
        if (name == null || name.isBlank()) {
            name = row.variable();
        }
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
