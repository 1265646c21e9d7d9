package nl.weegschaal.publish.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.weighting.TrimRule;
import org.jspecify.annotations.Nullable;

/**
 * What was done to the plain stratum weights, as the result's {@code strata} table records it: which
 * strata were collapsed into which design stratum ({@code collapsed_stratum}), which weights were capped
 * by trimming ({@code untrimmed_weight} above the cap) and by how much. A result without those columns
 * gives no collapsing and no trimming (older result files).
 *
 * @param collapsedGroups  per design stratum that holds more than one original stratum, its members' keys
 * @param cappedStrata     the keys of the strata whose weight was capped, with the weight before and after
 * @param cap              the cap applied, or null without trimming
 * @param cappedWeights    the number of respondents' weights that were capped
 * @param weightMoved      the total weight cut from the capped weights and spread over the others
 * @param lonelyStrata     the keys of the strata with a single respondent (lonely strata)
 */
record Reweighting(Map<String, List<List<String>>> collapsedGroups, List<Capped> cappedStrata, @Nullable Double cap,
                   long cappedWeights, double weightMoved, List<List<String>> lonelyStrata) {

    /** A stratum whose weight was capped: its key, its respondents and its weight before and after. */
    record Capped(List<String> key, long respondents, double before, double after) {
    }

    static final Reweighting NONE = new Reweighting(Map.of(), List.of(), null, 0, 0, List.of());

    boolean collapsed() {
        return !collapsedGroups.isEmpty();
    }

    boolean trimmed() {
        return !cappedStrata.isEmpty();
    }

    /** The design stratum a stratum was collapsed into, or null when it stayed itself. */
    @Nullable String groupOf(List<String> key) {
        for (Map.Entry<String, List<List<String>>> group : collapsedGroups.entrySet()) {
            if (group.getValue().contains(key)) {
                return group.getKey();
            }
        }
        return null;
    }

    @Nullable Capped capped(List<String> key) {
        return cappedStrata.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * Reads the facts from the {@code strata} rows.
     *
     * @param columns the strata columns
     * @param rows    the {@code strata} rows by column name
     * @param rule    the spec's trim rule (the cap is the rule's bound, with a ratio to the median weight over
     *                the respondents before trimming)
     */
    static Reweighting of(List<String> columns, List<Map<String, Object>> rows, TrimRule rule) {
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        List<List<String>> lonely = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> key = columns.stream().map(c -> String.valueOf(row.get(c))).toList();
            Object into = row.get("collapsed_stratum");
            if (into != null) {
                groups.computeIfAbsent(into.toString(), k -> new ArrayList<>()).add(key);
            }
            if (Boolean.TRUE.equals(row.get("lonely"))) {
                lonely.add(key);
            }
        }
        groups.values().removeIf(members -> members.size() < 2);
        @Nullable Double cap = cap(rows, rule);
        List<Capped> capped = new ArrayList<>();
        long cappedWeights = 0;
        double moved = 0;
        if (cap != null) {
            for (Map<String, Object> row : rows) {
                double before = number(row.get("untrimmed_weight"));
                double after = number(row.get("weight"));
                long n = (long) number(row.get("respondents"));
                if (before > cap * (1 + 1e-9) && after < before) {
                    capped.add(new Capped(columns.stream().map(c -> String.valueOf(row.get(c))).toList(), n,
                            before, after));
                    cappedWeights += n;
                    moved += n * (before - after);
                }
            }
        }
        return new Reweighting(groups, capped, capped.isEmpty() ? null : cap, cappedWeights, moved, lonely);
    }

    /** The rule's cap on these weights, or null without a rule or without the untrimmed weights. */
    private static @Nullable Double cap(List<Map<String, Object>> rows, TrimRule rule) {
        if (!rule.trims() || rows.stream().noneMatch(r -> r.containsKey("untrimmed_weight"))) {
            return null;
        }
        double cap = rule.maxWeight() == null ? Double.POSITIVE_INFINITY : rule.maxWeight();
        if (rule.maxRatio() != null) {
            cap = Math.min(cap, rule.maxRatio() * medianUntrimmed(rows));
        }
        return cap;
    }

    /** The median of the respondents' weights before trimming (the mean of the two middle ones). */
    private static double medianUntrimmed(List<Map<String, Object>> rows) {
        List<double[]> weights = new ArrayList<>();
        long n = 0;
        for (Map<String, Object> row : rows) {
            long respondents = (long) number(row.get("respondents"));
            if (respondents > 0 && row.get("untrimmed_weight") != null) {
                weights.add(new double[] {number(row.get("untrimmed_weight")), respondents});
                n += respondents;
            }
        }
        weights.sort((a, b) -> Double.compare(a[0], b[0]));
        return (at(weights, (n - 1) / 2) + at(weights, n / 2)) / 2;
    }

    private static double at(List<double[]> weights, long index) {
        long seen = 0;
        for (double[] w : weights) {
            seen += (long) w[1];
            if (index < seen) {
                return w[0];
            }
        }
        return weights.isEmpty() ? 0 : weights.get(weights.size() - 1)[0];
    }

    private static double number(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
