package nl.weegschaal.weighting;

import java.util.List;

/** Forms final weights from respondents and population counts per stratum. */
public interface Weighting {

    /**
     * @param strataColumns the strata column names
     * @param strata        the strata with respondents, each with N_h and n_h (weight ignored)
     */
    Design weigh(List<String> strataColumns, List<StratumWeight> strata);

    /** The weighting for a method. */
    static Weighting of(WeightingMethod method, LonelyPsu lonelyPsu) {
        return method.weighting(lonelyPsu);
    }

    /** The weighting for a method, with the weights trimmed by a rule. */
    static Weighting of(WeightingMethod method, LonelyPsu lonelyPsu, TrimRule trim) {
        Weighting plain = of(method, lonelyPsu);
        return trim.trims() ? new TrimmedWeighting(plain, method, lonelyPsu, trim) : plain;
    }

    /** A stratum with N_h and n_h and no weight yet. */
    static StratumWeight unweighted(StratumKey key, double population, int respondents) {
        return new StratumWeight(key, population, respondents, Double.NaN);
    }
}
