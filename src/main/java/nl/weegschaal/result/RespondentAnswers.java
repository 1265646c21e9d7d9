package nl.weegschaal.result;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every respondent of a wave's result as a change between waves needs them, in one order: the
 * establishment's id, its variance stratum (the design stratum after collapsing, an index into
 * {@code population} and {@code sampleSize}, which hold N_h and n_h), its weight, and its answers and
 * domain values as {@link CodedColumn}s by column name (a multiple-response option's column is
 * {@code variable.option}, holding {@code 1} or {@code 0}).
 *
 * @param multiple the codebook's multiple-response variables
 * @param derived  per single-choice variable, each derived level and the levels it combines
 */
public record RespondentAnswers(String[] ids, int[] stratum, double[] population, int[] sampleSize,
                                double[] weight, Map<String, CodedColumn> columns, Set<String> multiple,
                                Map<String, Map<String, List<String>>> derived) {

    public int size() {
        return ids.length;
    }
}
