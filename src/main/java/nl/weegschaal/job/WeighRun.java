package nl.weegschaal.job;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.ingest.ResponseTableBuilder;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.WeightedStrata;
import org.jspecify.annotations.Nullable;

/**
 * What the steps of one weighing run hand to each other: the frame, the responses, the design and
 * the estimates. One instance per job execution (job scope); each step fills in its part.
 */
public class WeighRun {
    private final LocalDateTime startedAt = LocalDateTime.now();
    private @Nullable PopulationFrame frame;
    private @Nullable ResponseTableBuilder responses;
    private @Nullable ResponseTable table;
    private @Nullable WeightedStrata weighted;
    private @Nullable List<Estimate> estimates;
    private @Nullable CompletableFuture<List<InputFile>> inputs;

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public PopulationFrame frame() {
        return require(frame, "frame");
    }

    public void frame(PopulationFrame loaded) {
        this.frame = loaded;
    }

    public ResponseTableBuilder responses() {
        return require(responses, "responses");
    }

    public void responses(ResponseTableBuilder builder) {
        this.responses = builder;
    }

    public ResponseTable table() {
        return require(table, "response table");
    }

    public void table(ResponseTable built) {
        this.table = built;
    }

    /** The design (with collapsed strata, when strata were collapsed). */
    public Design design() {
        return weighted().design();
    }

    public WeightedStrata weighted() {
        return require(weighted, "design");
    }

    public void weighted(WeightedStrata design) {
        this.weighted = design;
    }

    /** The responses as the design sees them: each respondent in its (collapsed) design stratum. */
    public ResponseTable estimationTable() {
        WeightedStrata w = weighted();
        ResponseTable t = table();
        if (!w.collapsed()) {
            return t;
        }
        return t.withStrata(w.design().strata().stream().map(s -> s.key()).toList(),
                w.design().strata().stream().mapToInt(s -> s.respondents()).toArray(), w.remap(t.stratumOf()));
    }

    public List<Estimate> estimates() {
        return require(estimates, "estimates");
    }

    public void estimates(List<Estimate> estimated) {
        this.estimates = List.copyOf(estimated);
    }

    /** The inputs' sizes and checksums, computed in the background while the run proceeds. */
    public List<InputFile> inputs() {
        return require(inputs, "input checksums").join();
    }

    public void inputs(CompletableFuture<List<InputFile>> described) {
        this.inputs = described;
    }

    private static <T> T require(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalStateException("the " + what + " of this run is not there yet; steps ran out of order");
        }
        return value;
    }
}
