package nl.weegschaal.job;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.store.InputStaging;
import nl.weegschaal.store.RunStore;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes one export's harmonised records and rejects to the work store, a chunk at a time. On
 * open it removes whatever an interrupted earlier attempt staged for the same export, because the
 * reader starts again from the export's first record.
 */
class StagingWriter implements ItemStreamWriter<Harmoniser.Outcome> {
    static final String REJECTED = "rejected";

    private final RunContext run;
    private final String input;
    private final int order;
    private @Nullable RunStore store;
    private @Nullable InputStaging staging;
    private long rejected;

    StagingWriter(RunContext run, String input, int order) {
        this.run = run;
        this.input = input;
        this.order = order;
    }

    @Override
    public void open(ExecutionContext context) {
        store = RunStore.open(run.workFile());
        try {
            store.createIngestTables(run.spec().fields());
            store.clearInput(order);
        } catch (SQLException e) {
            throw new ItemStreamException("cannot prepare the work file " + run.workFile() + ": " + e.getMessage(), e);
        }
        staging = store.staging(input, order, run.spec().fields());
        rejected = 0;
    }

    @Override
    public void write(Chunk<? extends Harmoniser.Outcome> chunk) throws SQLException {
        List<Harmoniser.Outcome> outcomes = new ArrayList<>(chunk.getItems());
        for (Harmoniser.Outcome outcome : outcomes) {
            rejected += outcome.accepted() ? 0 : 1;
        }
        if (staging == null) {
            throw new IllegalStateException("the staging writer of " + input + " is not open");
        }
        staging.append(outcomes);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(REJECTED, rejected);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
            store = null;
            staging = null;
        }
    }
}
