package nl.weegschaal.job;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.frame.CalibrationTotals;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.CalibrationTables;
import nl.weegschaal.store.RespondentValues;
import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.StratumWeight;
import org.jspecify.annotations.Nullable;

/**
 * What the weights step of a run calibrated to totals hands to the estimate step of the same job
 * execution ({@link RunContext#keep}): every respondent's columns both steps read, read once, and
 * the calibration with its model and g-weights, so that the estimate step neither reads the
 * respondents again nor rebuilds the model. A restarted run (a new execution) has no hand-off, and
 * its estimate step reads both from the work store, as the weights step stored them.
 *
 * @param strata the design's strata the calibration started from, to check it is the stored design
 */
record CalibratedRespondents(RespondentValues values, Calibration.ToTotals calibration, List<StratumWeight> strata) {

    /** Reads, in one pass, every column the calibration, the weight diagnostics and the estimates need. */
    static void read(RespondentValues values, WaveSpec spec, CalibrationTotals totals) throws java.sql.SQLException {
        List<String> categorical = new ArrayList<>(CalibrationTables.categorical(totals));
        categorical.addAll(GregEstimates.columns(spec, Targets.of(spec)));
        List<String> numeric = new ArrayList<>(CalibrationTables.numeric(totals));
        spec.estimated().stream().filter(Question::isNumeric).forEach(q -> numeric.add(q.name()));
        values.read(categorical, numeric);
    }

    /** The stored design calibrated as handed over; null when the design is not the one calibrated. */
    @Nullable Design calibrated(Design stored) {
        if (!stored.strata().equals(strata)) {
            return null;
        }
        return new Design(stored.method(), stored.lonelyPsu(), stored.strataColumns(), stored.strata(), calibration);
    }
}
