package nl.weegschaal.publish.xlsx;

import java.util.List;
import nl.weegschaal.result.CatalogWave;
import org.jspecify.annotations.Nullable;

/**
 * The trend workbook's own texts, in the language of the {@link Labels} it wraps; the publication
 * rules' texts are the wave workbook's ({@link Labels}), not rewritten here.
 */
final class TrendLabels {
    /** The mark of a significant increase and decrease, after the number in the change column. */
    static final String UP = "\u25B2";
    static final String DOWN = "\u25BC";
    /** Shown where a wave did not ask the question. */
    static final String NOT_ASKED = ".";

    private final Labels l;

    TrendLabels(Labels labels) {
        this.l = labels;
    }

    String title(List<String> surveys) {
        return l.t("Trend", "Trend") + ": " + String.join(", ", surveys);
    }

    String change() {
        return l.t("verschil", "change");
    }

    String points() {
        return l.t("%-punt", "% points");
    }

    String unit(boolean multiple) {
        return l.unit(multiple) + " " + l.t("Verschil = verandering ten opzichte van de vorige meting, in procentpunten.",
                "Change = change from the previous wave, in percentage points.");
    }

    String markNote() {
        return l.t(UP + " / " + DOWN + " = significante stijging / daling ten opzichte van de vorige meting (p < 0,05, "
                + "tweezijdig, per cel afzonderlijk getoetst, zonder correctie voor het aantal toetsen); alleen getoetst "
                + "waar de cel in beide metingen publiceerbaar is. Een verschil zonder teken is niet significant of niet "
                + "getoetst.", UP + " / " + DOWN + " = significant increase / decrease from the previous wave (p < 0.05, "
                + "two-sided, each cell tested on its own, not corrected for the number of tests); tested only where the "
                + "cell is publishable in both waves. A change without a mark is not significant or not tested.");
    }

    String hiddenChangeNote() {
        return l.t(CellMarks.HIDDEN + " als verschil: een van beide percentages is niet publiceerbaar, dus het verschil "
                + "ook niet.", CellMarks.HIDDEN + " as a change: one of the two percentages is not publishable, so neither "
                + "is the change.");
    }

    String notAskedNote() {
        return l.t(NOT_ASKED + " = niet gevraagd in deze meting.", NOT_ASKED + " = not asked in this wave.");
    }

    String source(List<String> surveys) {
        return l.t("Bron: ", "Source: ") + String.join("; ", surveys);
    }

    String fieldwork(CatalogWave wave) {
        if (wave.fieldworkFrom() == null) {
            return "-";
        }
        return l.date(wave.fieldworkFrom()) + l.t(" tot en met ", " to ") + l.date(wave.fieldworkTo());
    }

    /** How a pair of waves was compared, from {@code changes.comparison}, with n in both samples for the total. */
    String comparison(@Nullable String kind, @Nullable Long nBoth, boolean inCatalog) {
        if (!inCatalog) {
            return l.t("niet getoetst: de catalogus toetst alleen opeenvolgende metingen; verschillen zonder teken",
                    "not tested: the catalog tests consecutive waves only; changes shown without a mark");
        }
        if (kind == null) {
            return l.t("niet getoetst", "not tested");
        }
        return switch (kind) {
            case "overlapping samples" -> l.t("overlappende steekproeven", "overlapping samples")
                    + (nBoth == null ? "" : l.t(": tot ", ": up to ") + l.count(nBoth) + l.t(" vestigingen per vraag in "
                    + "beide steekproeven (gekoppeld op id)", " establishments per question in both samples (matched by id)"))
                    + l.t("; de standaardfout van het verschil houdt rekening met de samenhang tussen de antwoorden van "
                    + "dezelfde vestigingen in beide metingen", "; the standard error of the change allows for the "
                    + "correlation between the answers of the same establishments in both waves");
            case "independent waves" -> l.t("onafhankelijke steekproeven", "independent samples");
            case "same respondents" -> l.t("dezelfde respondenten (geen toets: het verschil komt alleen van de weging)",
                    "the same respondents (no test: the change comes from the weighting alone)");
            default -> kind;
        };
    }

    String test() {
        return l.t("Het verschil is getoetst met het 95%-betrouwbaarheidsinterval van het verschil (normale benadering, "
                + "standaardfout van het verschil); significant als p < 0,05 voor die cel alleen. Alleen cellen die in beide "
                + "metingen publiceerbaar zijn, zijn getoetst.", "The change was tested with the 95% confidence interval "
                + "of the difference (normal approximation, standard error of the difference); significant when p < 0.05 "
                + "for that cell alone. Only cells publishable in both waves were tested.");
    }

    String numericLeftOut(List<String> variables) {
        return l.t("Numerieke vragen staan niet in dit werkboek (" + String.join(", ", variables) + "); zie het werkboek "
                + "van elke meting.", "Numeric questions are not in this workbook (" + String.join(", ", variables)
                + "); see each wave's workbook.");
    }
}
