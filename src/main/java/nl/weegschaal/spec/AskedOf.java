package nl.weegschaal.spec;

import org.jspecify.annotations.Nullable;

/**
 * Who was asked a question: everyone ({@code variable == null}), or those who gave {@code level}
 * to the single-choice question {@code variable}.
 */
public record AskedOf(@Nullable String variable, @Nullable String level) {
    public static final AskedOf ALL = new AskedOf(null, null);

    public boolean everyone() {
        return variable == null;
    }
}
