package nl.weegschaal.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The workbook's sheet names: the fixed sheets every workbook has, and the rules a question's sheet
 * name must follow. The rules are checked when the spec is loaded, so that a name the workbook
 * cannot take stops the run before any work is done, naming the spec key, instead of failing in the
 * last step.
 */
public final class SheetNames {
    /** The fixed sheets of the Dutch workbook: notes, weighting per stratum, weights per group. */
    public static final List<String> FIXED_NL = List.of("Toelichting", "Weging", "Weegfactoren", "Grafieken");
    /** The fixed sheets of the English workbook, in the order of {@link #FIXED_NL}. */
    public static final List<String> FIXED_EN = List.of("Notes", "Weighting", "Weights", "Charts");
    /** Excel's limit on a sheet name's length. */
    static final int MAX_LENGTH = 31;
    /** A name Excel keeps for itself (its change history). */
    private static final String EXCEL_RESERVED = "History";

    private SheetNames() {
    }

    /**
     * What is wrong with a sheet name by itself, or null: Excel allows at most 31 characters, none of
     * {@code : \ / ? * [ ]}, and no apostrophe at the start or the end.
     */
    static @Nullable String problem(String name) {
        if (name.length() > MAX_LENGTH) {
            return "'" + name + "' has " + name.length() + " characters; a worksheet name has at most " + MAX_LENGTH;
        }
        if (name.matches(".*[:\\\\/?*\\[\\]].*")) {
            return "'" + name + "' is not a worksheet name: it must not contain any of : \\ / ? * [ ]";
        }
        if (name.startsWith("'") || name.endsWith("'")) {
            return "'" + name + "' is not a worksheet name: it must not begin or end with an apostrophe";
        }
        return null;
    }

    /** Tracks the names given so far in one language and says when a new one collides. */
    static final class Register {
        private final Map<String, String> owners = new HashMap<>();
        private final String key;

        /**
         * @param fixed the workbook's own sheets in this language
         * @param key   the codebook key the names come from ({@code sheet} or {@code sheet_en})
         */
        Register(List<String> fixed, String key) {
            this.key = key;
            for (String name : fixed) {
                owners.put(fold(name), "the workbook's own sheet '" + name + "'");
            }
            owners.put(fold(EXCEL_RESERVED), "a name Excel reserves");
        }

        /** Null when the name is free (and takes it), else why not. */
        @Nullable String take(String name, String question) {
            String owner = owners.putIfAbsent(fold(name), "the " + key + " of " + question);
            return owner == null ? null : "'" + name + "' is already " + owner
                    + " (sheet names must differ also when case is ignored)";
        }

        private static String fold(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
