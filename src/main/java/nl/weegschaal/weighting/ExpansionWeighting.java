package nl.weegschaal.weighting;

import java.util.ArrayList;
import java.util.List;

/**
 * Expansion weights {@code w_i = N_h / n_h}: the weights of a stratified design and, identically, of
 * equal base weights post-stratified to the stratum counts. The two differ only in their variance.
 */
final class ExpansionWeighting implements Weighting {
    private final WeightingMethod method;
    private final LonelyPsu lonelyPsu;

    ExpansionWeighting(WeightingMethod method, LonelyPsu lonelyPsu) {
        this.method = method;
        this.lonelyPsu = lonelyPsu;
    }

    @Override
    public Design weigh(List<String> strataColumns, List<StratumWeight> strata) {
        List<StratumWeight> weighted = new ArrayList<>(strata.size());
        for (StratumWeight s : strata) {
            weighted.add(new StratumWeight(s.key(), s.population(), s.respondents(),
                    s.population() / s.respondents()));
        }
        return new Design(method, lonelyPsu, strataColumns, weighted);
    }
}
