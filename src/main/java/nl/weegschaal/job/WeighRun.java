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
    private @Nullable Design design;
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

    public Design design() {
        return require(design, "design");
    }

    public void design(Design weighted) {
        this.design = weighted;
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
