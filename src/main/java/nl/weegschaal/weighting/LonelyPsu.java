package nl.weegschaal.weighting;

import java.util.Locale;

/** What a stratum with a single respondent (and no certainty) contributes to a stratified variance. */
public enum LonelyPsu {
    /** Centre the lone unit at the overall mean (0): contributes (1 - f_h) x_i^2. */
    ADJUST,
    /** Contributes nothing (R's {@code remove}, also accepted as {@code certainty}). */
    REMOVE,
    /** Stop with an error naming the stratum. */
    FAIL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LonelyPsu fromCode(String code) {
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "adjust" -> ADJUST;
            case "remove", "certainty" -> REMOVE;
            case "fail" -> FAIL;
            default -> throw new IllegalArgumentException(
                    "unknown lonely-stratum rule '" + code + "'; expected adjust, remove, certainty or fail");
        };
    }
}
