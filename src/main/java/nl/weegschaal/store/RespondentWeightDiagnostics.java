package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.WeightDiagnostic;
import nl.weegschaal.weighting.WeightDiagnostics;

/**
 * The weight diagnostics of a design calibrated to totals, whose weights vary within strata: the
 * total and each value of each domain variable (sorted; missing values only in the total), from every
 * respondent's weight ({@link WeightDiagnostics#ofRespondents}).
 */
public final class RespondentWeightDiagnostics {
    private RespondentWeightDiagnostics() {
    }

    public static List<WeightDiagnostic> of(WaveSpec spec, Design design, RespondentValues respondents)
            throws SQLException {
        Calibration.ToTotals calibration = design.toTotals();
        double[] w = calibration.weights();
        int[] stratum = calibration.stratum();
        Map<String, RespondentValues.Levels> levels = respondents.levels(List.copyOf(new java.util.LinkedHashSet<>(spec.domains())));
        List<WeightDiagnostic> result = new ArrayList<>();
        result.add(WeightDiagnostics.ofRespondents(design, WeightDiagnostics.TOTAL, WeightDiagnostics.TOTAL, w,
                stratum));
        for (String domain : spec.domains()) {
            RespondentValues.Levels values = levels.get(domain);
            int[] size = new int[values.values().size()];
            for (int v : values.index()) {
                if (v >= 0) {
                    size[v]++;
                }
            }
            for (int v = 0; v < size.length; v++) {
                double[] weights = new double[size[v]];
                int[] strata = new int[size[v]];
                int k = 0;
                for (int i = 0; i < w.length; i++) {
                    if (values.index()[i] == v) {
                        weights[k] = w[i];
                        strata[k++] = stratum[i];
                    }
                }
                result.add(WeightDiagnostics.ofRespondents(design, domain, values.values().get(v), weights, strata));
            }
        }
        return result;
    }
}
