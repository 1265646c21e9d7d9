package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    public static List<WeightDiagnostic> of(RunStore store, WaveSpec spec, Design design) throws SQLException {
        Calibration.ToTotals calibration = design.toTotals();
        double[] w = calibration.weights();
        int[] stratum = calibration.stratum();
        RespondentValues columns = new RespondentValues(store, spec);
        List<WeightDiagnostic> result = new ArrayList<>();
        result.add(WeightDiagnostics.ofRespondents(design, WeightDiagnostics.TOTAL, WeightDiagnostics.TOTAL, w,
                stratum));
        for (String domain : spec.domains()) {
            String[] values = columns.texts(domain);
            Map<String, List<Integer>> members = new TreeMap<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    members.computeIfAbsent(values[i], v -> new ArrayList<>()).add(i);
                }
            }
            members.forEach((value, rows) -> result.add(WeightDiagnostics.ofRespondents(design, domain, value,
                    rows.stream().mapToDouble(i -> w[i]).toArray(), rows.stream().mapToInt(i -> stratum[i]).toArray())));
        }
        return result;
    }
}
