package nl.weegschaal.publish.duckdb;

import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.publish.RunRecord;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.WeightedStrata;
import org.jspecify.annotations.Nullable;

/** Everything a weighing run stores: the design, the respondents' weights, the estimates, the run. */
public record WeighResult(RunRecord run, @Nullable String idColumn, PopulationFrame frame, ResponseTable table,
                          WeightedStrata weighted,
                          List<Estimate> estimates) {
    public WeighResult {
        estimates = List.copyOf(estimates);
    }

    /** The design (with collapsed strata, when strata were collapsed). */
    public Design design() {
        return weighted.design();
    }
}
