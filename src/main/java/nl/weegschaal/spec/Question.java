package nl.weegschaal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question of the codebook: single choice (levels, a don't-know level, derived levels) or
 * multiple response (options, each estimated among those asked).
 *
 * @param dontKnow the level that means "weet niet / geen antwoord" (it stays in the base)
 * @param sheet    the name of the question's sheet in the Dutch workbook (at most 31 characters)
 * @param sheetEn  the name in the English workbook
 */
public record Question(String name, boolean multiple, String text, String textEn, AskedOf askedOf,
                       List<Level> levels, @Nullable String dontKnow, List<DerivedLevel> derived, String sheet,
                       String sheetEn) {
    public Question {
        levels = List.copyOf(levels);
        derived = List.copyOf(derived);
    }

    public @Nullable Level level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }
}
