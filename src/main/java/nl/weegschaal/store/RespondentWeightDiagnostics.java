package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.weighting.AscendingOrder;
import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.WeightDiagnostic;
import nl.weegschaal.weighting.WeightDiagnostics;

/**
 * The weight diagnostics of a design calibrated to totals, whose weights vary within strata: the
 * total and each value of each domain variable (sorted; missing values only in the total), from every
 * respondent's weight: the weights are put in order once ({@link AscendingOrder}) and each domain's
 * taken from that order, already sorted ({@link WeightDiagnostics#ofSortedRespondents}).
 */
public final class RespondentWeightDiagnostics {
    private RespondentWeightDiagnostics() {
    }

    /**
     * Per value of a domain variable (per respondent its index, -1: none), its respondents' weights
     * in ascending order and their strata alongside: {@code weights[v]}, {@code strata[v]}.
     */
    private record ByValue(double[][] weights, int[][] strata) {
        /**
         * @param sorted        the weights in ascending order
         * @param sortedStratum the strata of the respondents in that order
         * @param order         the respondents in that order
         */
        static ByValue of(double[] sorted, int[] sortedStratum, int[] order, int[] domain, int values) {
            int[] size = new int[values];
            for (int v : domain) {
                if (v >= 0) {
                    size[v]++;
                }
            }
            double[][] weights = new double[values][];
            int[][] strata = new int[values][];
            for (int v = 0; v < values; v++) {
                weights[v] = new double[size[v]];
                strata[v] = new int[size[v]];
            }
            int[] filled = new int[values];
            for (int k = 0; k < order.length; k++) {
                int v = domain[order[k]];
                if (v >= 0) {
                    weights[v][filled[v]] = sorted[k];
                    strata[v][filled[v]++] = sortedStratum[k];
                }
            }
            return new ByValue(weights, strata);
        }
    }

    public static List<WeightDiagnostic> of(WaveSpec spec, Design design, RespondentValues respondents)
            throws SQLException {
        Calibration.ToTotals calibration = design.toTotals();
        double[] w = calibration.weights();
        int[] stratum = calibration.stratum();
        List<String> domains = List.copyOf(new java.util.LinkedHashSet<>(spec.domains()));
        Map<String, RespondentValues.Levels> levels = respondents.levels(domains);
        int[] order = AscendingOrder.of(w);
        // the weights and strata in that order, once: each domain variable then reads only its values
        // at random, not the weights and strata too
        double[] sorted = new double[w.length];
        int[] sortedStratum = new int[w.length];
        for (int k = 0; k < order.length; k++) {
            sorted[k] = w[order[k]];
            sortedStratum[k] = stratum[order[k]];
        }
        List<WeightDiagnostic> result = new ArrayList<>();
        result.add(WeightDiagnostics.ofSortedRespondents(design, WeightDiagnostics.TOTAL, WeightDiagnostics.TOTAL,
                sorted, sortedStratum));
        // the domain variables side by side, each a pass over every respondent; put together in order
        spec.domains().parallelStream().map(domain -> byValue(design, domain, levels.get(domain), sorted,
                sortedStratum, order)).forEachOrdered(result::addAll);
        return result;
    }

    private static List<WeightDiagnostic> byValue(Design design, String domain, RespondentValues.Levels values,
                                                  double[] sorted, int[] sortedStratum, int[] order) {
        ByValue byValue = ByValue.of(sorted, sortedStratum, order, values.index(), values.values().size());
        List<WeightDiagnostic> rows = new ArrayList<>();
        for (int v = 0; v < values.values().size(); v++) {
            rows.add(WeightDiagnostics.ofSortedRespondents(design, domain, values.values().get(v),
                    byValue.weights()[v], byValue.strata()[v]));
        }
        return rows;
    }
}
