package nl.weegschaal.weighting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Before raking: every category of every margin must have respondents. A category that has none
 * (all its frame strata dropped) cannot be raked to its population, which would otherwise vanish
 * from the totals without a word; it is reported by name, with the ways out.
 */
public final class MarginCoverage {
    private MarginCoverage() {
    }

    /**
     * @param sample  the (possibly collapsed) strata with respondents
     * @param dropped the frame strata without respondents that no merge took in
     */
    public static void check(List<String> strataColumns, List<StratumWeight> sample, List<StratumWeight> dropped) {
        for (int k = 0; k < strataColumns.size(); k++) {
            int column = k;
            Set<String> covered = sample.stream().map(s -> s.key().values().get(column)).collect(Collectors.toSet());
            Map<String, Double> empty = new LinkedHashMap<>();
            for (StratumWeight stratum : dropped) {
                String value = stratum.key().values().get(column);
                if (!covered.contains(value)) {
                    empty.merge(value, stratum.population(), Double::sum);
                }
            }
            if (!empty.isEmpty()) {
                Map.Entry<String, Double> first = empty.entrySet().iterator().next();
                throw new WeightingException("margin " + strataColumns.get(column) + " = " + first.getKey()
                        + " has no respondents (population " + Numbers.format(first.getValue())
                        + "), so raking cannot reach its total; merge its strata into neighbouring ones "
                        + "(weighting.collapse merges or min_respondents, or --merge / --collapse-below), "
                        + "or leave it out of the frame"
                        + (empty.size() > 1 ? " (also without respondents: " + String.join(", ",
                        empty.keySet().stream().skip(1).toList()) + ")" : ""));
            }
        }
    }
}
