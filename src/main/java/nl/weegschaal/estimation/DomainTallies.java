package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.CategoricalColumn;
import nl.weegschaal.ingest.ResponseTable;
import org.jspecify.annotations.Nullable;

/**
 * Counts answers per (domain value, level, stratum) in one pass over the respondents: the
 * sufficient statistics of every estimate of one variable within one domain variable.
 */
final class DomainTallies {
    private DomainTallies() {
    }

    /** Tallies of a single-choice variable with its derived levels appended after the plain ones. */
    static DomainTally[] single(ResponseTable table, CategoricalColumn variable, EstimationTarget.Single target,
                                @Nullable CategoricalColumn domain) {
        int strata = table.strata().size();
        int values = domain == null ? 1 : domain.levels().size();
        int levels = variable.levels().size();
        int[][][] counts = new int[values][levels + target.derived().size()][strata];
        int[][] answered = new int[values][strata];
        int[] stratumOf = table.stratumOf();
        int[] codes = variable.codes();
        int[] domainCodes = domain == null ? null : domain.codes();
        for (int i = 0; i < codes.length; i++) {
            int d = domainCodes == null ? 0 : domainCodes[i];
            if (codes[i] >= 0 && d >= 0) {
                counts[d][codes[i]][stratumOf[i]]++;
                answered[d][stratumOf[i]]++;
            }
        }
        int row = levels;
        for (List<String> parts : target.derived().values()) {
            for (String part : parts) {
                int level = variable.levels().indexOf(part);
                for (int d = 0; d < values && level >= 0; d++) {
                    for (int h = 0; h < strata; h++) {
                        counts[d][row][h] += counts[d][level][h];
                    }
                }
            }
            row++;
        }
        return tallies(counts, answered);
    }

    /** Tallies of a multiple-response question: option j counts ticks; answered counts respondents asked. */
    static DomainTally[] multiple(ResponseTable table, List<CategoricalColumn> options,
                                  @Nullable CategoricalColumn domain) {
        int strata = table.strata().size();
        int values = domain == null ? 1 : domain.levels().size();
        int[][][] counts = new int[values][options.size()][strata];
        int[][] answered = new int[values][strata];
        int[] ticked = options.stream().mapToInt(o -> o.levels().indexOf(EstimationTarget.Multiple.TICKED)).toArray();
        int[] stratumOf = table.stratumOf();
        int[] domainCodes = domain == null ? null : domain.codes();
        for (int i = 0; i < stratumOf.length; i++) {
            int d = domainCodes == null ? 0 : domainCodes[i];
            boolean any = false;
            for (int o = 0; o < options.size() && d >= 0; o++) {
                int code = options.get(o).codes()[i];
                any |= code >= 0;
                if (code >= 0 && code == ticked[o]) {
                    counts[d][o][stratumOf[i]]++;
                }
            }
            if (any) {
                answered[d][stratumOf[i]]++;
            }
        }
        return tallies(counts, answered);
    }

    private static DomainTally[] tallies(int[][][] counts, int[][] answered) {
        DomainTally[] tallies = new DomainTally[counts.length];
        for (int d = 0; d < counts.length; d++) {
            tallies[d] = new DomainTally(counts[d], answered[d]);
        }
        return tallies;
    }

    /** The labels of a single-choice target's rows: plain levels, then derived levels. */
    static List<String> labels(CategoricalColumn variable, EstimationTarget.Single target) {
        List<String> labels = new ArrayList<>(variable.levels());
        labels.addAll(target.derived().keySet());
        return labels;
    }

    static List<String> labels(EstimationTarget.Multiple target) {
        return List.copyOf(target.options().keySet());
    }

}
