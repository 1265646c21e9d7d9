package nl.weegschaal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who was asked a question: everyone ({@code variable == null}), or those who gave one of
 * {@code levels} to the single-choice question {@code variable}.
 *
 * @param levels      the levels as the spec names them: plain or derived ({@code hoog_of_redelijk})
 * @param plainLevels the plain levels they stand for (a derived level replaced by those it combines)
 */
public record AskedOf(@Nullable String variable, List<String> levels, List<String> plainLevels) {
    public static final AskedOf ALL = new AskedOf(null, List.of(), List.of());

    public AskedOf {
        levels = List.copyOf(levels);
        plainLevels = List.copyOf(plainLevels);
    }

    /** Routing on one plain level. */
    public AskedOf(String variable, String level) {
        this(variable, List.of(level), List.of(level));
    }

    public boolean everyone() {
        return variable == null;
    }

    /** Whether an answer (a level code, or null) to the filter question routes into the question. */
    public boolean asks(@Nullable String answer) {
        return everyone() || answer != null && plainLevels.contains(answer);
    }

    /** {@code banen_verdwijnen = ja}, {@code gebruik = ja or misschien}. */
    public String describe() {
        return everyone() ? "all" : variable + " = " + String.join(" or ", levels);
    }
}
