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
     * in the given order and their strata alongside: {@code weights[v]}, {@code strata[v]}.
     */
    private record ByValue(double[][] weights, int[][] strata) {
        static ByValue of(double[] w, int[] stratum, int[] order, int[] domain, int values) {
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
            for (int i : order) {
                int v = domain[i];
                if (v >= 0) {
                    weights[v][filled[v]] = w[i];
                    strata[v][filled[v]++] = stratum[i];
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
        Map<String, RespondentValues.Levels> levels = respondents.levels(List.copyOf(new java.util.LinkedHashSet<>(spec.domains())));
        int[] order = AscendingOrder.of(w);
        int[] all = new int[w.length];
        ByValue total = ByValue.of(w, stratum, order, all, 1);
        List<WeightDiagnostic> result = new ArrayList<>();
        result.add(WeightDiagnostics.ofSortedRespondents(design, WeightDiagnostics.TOTAL, WeightDiagnostics.TOTAL,
                total.weights()[0], total.strata()[0]));
        for (String domain : spec.domains()) {
            RespondentValues.Levels values = levels.get(domain);
            ByValue byValue = ByValue.of(w, stratum, order, values.index(), values.values().size());
            for (int v = 0; v < values.values().size(); v++) {
                result.add(WeightDiagnostics.ofSortedRespondents(design, domain, values.values().get(v),
                        byValue.weights()[v], byValue.strata()[v]));
            }
        }
        return result;
    }
}
