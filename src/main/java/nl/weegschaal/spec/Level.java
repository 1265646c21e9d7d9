package nl.weegschaal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer level of a question, or an option of a multiple-response question.
 *
 * @param value   the code a CATI export uses for it (null for options)
 * @param nl      the Dutch label: published, and matched in exports that hold labels
 * @param en      the English label, published in the English workbook
 * @param aliases other texts an export that holds labels may use for it ({@code Weet ik niet} for
 *                {@code Weet niet}); matched like {@code nl}, never published
 */
public record Level(String code, @Nullable String value, String nl, String en, List<String> aliases) {
    public Level {
        aliases = List.copyOf(aliases);
    }

    public Level(String code, @Nullable String value, String nl, String en) {
        this(code, value, nl, en, List.of());
    }

    /** The label and the aliases: every text that means this level where an export holds labels. */
    public List<String> labels() {
        List<String> labels = new java.util.ArrayList<>(aliases.size() + 1);
        labels.add(nl);
        labels.addAll(aliases);
        return labels;
    }
}
