package nl.weegschaal.publish.duckdb;

import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.publish.RunRecord;
import nl.weegschaal.weighting.Design;
import org.jspecify.annotations.Nullable;

/** Everything a weighing run stores: the design, the respondents' weights, the estimates, the run. */
public record WeighResult(RunRecord run, @Nullable String idColumn, PopulationFrame frame, ResponseTable table,
                          Design design,
                          List<Estimate> estimates) {
    public WeighResult {
        estimates = List.copyOf(estimates);
    }
}
