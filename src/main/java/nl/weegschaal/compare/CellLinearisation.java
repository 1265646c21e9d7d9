package nl.weegschaal.compare;

import java.util.List;
import java.util.Map;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.result.CodedColumn;
import nl.weegschaal.result.RespondentAnswers;
import org.jspecify.annotations.Nullable;

/**
 * The linearised value of one proportion cell for every respondent of a wave, which the covariance
 * between two waves' estimates is estimated from. A proportion of a domain is a ratio of two totals,
 * p = Y_d / N_d, so respondent i's weighted linearised value is
 *
 * <pre>z_i = w_i 1_d(i) (y_i - p) / N_d</pre>
 *
 * with 1_d(i) = 1 when i is in the domain and in the question's base (answered; for a multiple-response
 * option: was asked), y_i = 1 when i gave the level (a derived level: one of the levels it combines;
 * an option: ticked), p and N_d the wave's weighted estimates; zeros elsewhere. These are the values
 * whose stratified variance is the cell's published variance in a stratified design.
 *
 * @param z      every respondent's z_i, in the order of {@link RespondentAnswers}
 * @param inCell whether the respondent is in the cell's domain and base
 */
record CellLinearisation(double[] z, boolean[] inCell) {

    /** The cell's values in {@code wave}, or null when the wave holds no column for its variable or domain. */
    static @Nullable CellLinearisation of(RespondentAnswers wave, CellKey key) {
        CodedColumn domain = key.domainVar().equals("total") ? null : wave.columns().get(key.domainVar());
        boolean multiple = wave.multiple().contains(key.variable());
        CodedColumn answers = wave.columns().get(multiple ? key.variable() + "." + key.level() : key.variable());
        if (answers == null || (domain == null && !key.domainVar().equals("total"))) {
            return null;
        }
        int domainCode = domain == null ? -1 : domain.code(key.domainValue());
        boolean[] hits = hits(answers, multiple ? List.of("1") : levels(wave, key));
        int n = wave.size();
        boolean[] inCell = new boolean[n];
        double base = 0;
        double yes = 0;
        for (int i = 0; i < n; i++) {
            int code = answers.codes()[i];
            inCell[i] = code >= 0 && (domain == null || domain.codes()[i] == domainCode && domainCode >= 0);
            if (inCell[i]) {
                base += wave.weight()[i];
                yes += hits[code] ? wave.weight()[i] : 0;
            }
        }
        double[] z = new double[n];
        if (base > 0) {
            double p = yes / base;
            for (int i = 0; i < n; i++) {
                z[i] = inCell[i] ? wave.weight()[i] * ((hits[answers.codes()[i]] ? 1 : 0) - p) / base : 0;
            }
        }
        return new CellLinearisation(z, inCell);
    }

    /** The level itself, or for a derived level the levels it combines. */
    private static List<String> levels(RespondentAnswers wave, CellKey key) {
        Map<String, List<String>> derived = wave.derived().getOrDefault(key.variable(), Map.of());
        return derived.getOrDefault(key.level(), List.of(key.level()));
    }

    /** Per code of the column: whether that value counts as the level. */
    private static boolean[] hits(CodedColumn answers, List<String> levels) {
        boolean[] hits = new boolean[answers.values().length];
        for (int c = 0; c < hits.length; c++) {
            hits[c] = levels.contains(answers.values()[c]);
        }
        return hits;
    }
}
