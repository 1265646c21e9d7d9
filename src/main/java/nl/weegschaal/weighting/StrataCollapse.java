package nl.weegschaal.weighting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collapses sparse strata before weighting, so that lonely and near-empty strata are merged into
 * their neighbours instead of papered over by a lonely-stratum rule.
 *
 * <p>Explicit merges (lists of strata) are applied first. Then, while a stratum has fewer than
 * {@code minRespondents} respondents, it is merged with a neighbour along the last strata column
 * (the size class) within the same values of the other columns (the same sector): the next one in
 * frame order, or the previous one for the last. A group that has fewer respondents in all is
 * merged whole and keeps its total. The collapsed stratum has N and n summed; its key joins the
 * distinct values of each column with {@code +} (e.g. {@code 07 x 20-99+100+}).
 */
public final class StrataCollapse {
    /** No collapsing. */
    public static final StrataCollapse NONE = new StrataCollapse(0, List.of());

    private final int minRespondents;
    private final List<List<StratumKey>> merges;

    /**
     * @param minRespondents strata with fewer respondents are merged (0 or 1: no merging by size)
     * @param merges         explicit merges, each a list of strata to merge into one
     */
    public StrataCollapse(int minRespondents, List<List<StratumKey>> merges) {
        if (minRespondents < 0) {
            throw new InvalidSetting(InvalidSetting.Setting.COLLAPSE_MIN_RESPONDENTS, "must be 0 (no collapsing) or more",
                    minRespondents);
        }
        this.minRespondents = minRespondents;
        this.merges = List.copyOf(merges);
    }

    /**
     * The result: the collapsed strata that have respondents, and for each original stratum the index
     * of its collapsed one, or -1 for a stratum that has (and was merged into) no respondents.
     */
    public record Result(List<StratumWeight> strata, int[] collapsedOf) {
    }

    /**
     * @param strata the original strata with N_h and n_h, in frame order; strata without respondents
     *               (n_h = 0) may be included, so that merges and the minimum can fold them into a
     *               neighbour instead of dropping their population
     */
    public Result apply(List<StratumWeight> strata) {
        List<List<Integer>> units = new ArrayList<>();
        for (int h = 0; h < strata.size(); h++) {
            units.add(new ArrayList<>(List.of(h)));
        }
        for (List<StratumKey> merge : merges) {
            mergeExplicit(units, strata, merge);
        }
        if (minRespondents > 1) {
            mergeSparse(units, strata);
        }
        return result(units, strata);
    }

    private static void mergeExplicit(List<List<Integer>> units, List<StratumWeight> strata, List<StratumKey> merge) {
        List<Integer> target = null;
        for (StratumKey key : merge) {
            int h = indexOf(strata, key);
            List<Integer> unit = units.stream().filter(u -> u.contains(h)).findFirst().orElseThrow();
            if (target == null) {
                target = unit;
            } else if (unit != target) {
                target.addAll(unit);
                units.remove(unit);
            }
        }
    }

    private static int indexOf(List<StratumWeight> strata, StratumKey key) {
        for (int h = 0; h < strata.size(); h++) {
            if (strata.get(h).key().equals(key)) {
                return h;
            }
        }
        throw new WeightingException("the stratum " + key + " named in a merge is not in the frame");
    }

    private void mergeSparse(List<List<Integer>> units, List<StratumWeight> strata) {
        Map<List<String>, List<List<Integer>>> groups = new LinkedHashMap<>();
        for (List<Integer> unit : units) {
            List<String> values = strata.get(unit.get(0)).key().values();
            groups.computeIfAbsent(values.subList(0, values.size() - 1), g -> new ArrayList<>()).add(unit);
        }
        for (List<List<Integer>> group : groups.values()) {
            group.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
            for (int sparse = smallest(group, strata); sparse >= 0; sparse = smallest(group, strata)) {
                int neighbour = sparse + 1 < group.size() ? sparse + 1 : sparse - 1;
                List<Integer> kept = group.get(Math.min(sparse, neighbour));
                List<Integer> gone = group.remove(Math.max(sparse, neighbour));
                kept.addAll(gone);
                units.remove(gone);
            }
        }
    }

    /** The position of the unit with the fewest respondents below the minimum, or -1. */
    private int smallest(List<List<Integer>> group, List<StratumWeight> strata) {
        int best = -1;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < group.size() && group.size() > 1; i++) {
            long n = respondents(group.get(i), strata);
            if (n < minRespondents && n < fewest) {
                best = i;
                fewest = n;
            }
        }
        return best;
    }

    private static long respondents(List<Integer> unit, List<StratumWeight> strata) {
        return unit.stream().mapToLong(h -> strata.get(h).respondents()).sum();
    }

    private static Result result(List<List<Integer>> units, List<StratumWeight> strata) {
        units.sort((a, b) -> Integer.compare(a.stream().min(Integer::compare).orElseThrow(),
                b.stream().min(Integer::compare).orElseThrow()));
        int[] collapsedOf = new int[strata.size()];
        List<StratumWeight> collapsed = new ArrayList<>();
        for (List<Integer> unit : units) {
            unit.sort(null);
            if (respondents(unit, strata) == 0) {
                unit.forEach(h -> collapsedOf[h] = -1);
                continue;
            }
            double population = 0;
            int respondents = 0;
            int columns = strata.get(unit.get(0)).key().values().size();
            List<Set<String>> values = new ArrayList<>();
            for (int k = 0; k < columns; k++) {
                values.add(new LinkedHashSet<>());
            }
            for (int h : unit) {
                StratumWeight s = strata.get(h);
                population += s.population();
                respondents += s.respondents();
                for (int k = 0; k < columns; k++) {
                    values.get(k).add(s.key().values().get(k));
                }
                collapsedOf[h] = collapsed.size();
            }
            StratumKey key = new StratumKey(values.stream().map(v -> String.join("+", v)).toList());
            collapsed.add(Weighting.unweighted(key, population, respondents));
        }
        return new Result(collapsed, collapsedOf);
    }
}
