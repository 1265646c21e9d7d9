package nl.weegschaal.job.wave;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.spec.WaveSpec;
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

    private final WaveSpec spec;
    private final String input;
    private final int order;
    private @Nullable StagingStore store;
    private long rejected;

    StagingWriter(WaveSpec spec, String input, int order) {
        this.spec = spec;
        this.input = input;
        this.order = order;
    }

    @Override
    public void open(ExecutionContext context) {
        Path file = StagingStore.file(spec.outputDir(), spec.wave());
        store = StagingStore.open(file);
        try {
            store.createIngestTables(spec.fields());
            store.clearInput(input);
        } catch (SQLException e) {
            throw new ItemStreamException("cannot prepare the work file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(Chunk<? extends Harmoniser.Outcome> chunk) throws SQLException {
        List<Harmoniser.Outcome> outcomes = new ArrayList<>(chunk.getItems());
        for (Harmoniser.Outcome outcome : outcomes) {
            rejected += outcome.accepted() ? 0 : 1;
        }
        if (store == null) {
            throw new IllegalStateException("the staging writer of " + input + " is not open");
        }
        store.append(input, order, outcomes);
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
        }
    }
}
