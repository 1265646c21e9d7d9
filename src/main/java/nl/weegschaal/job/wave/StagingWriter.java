package nl.weegschaal.job.wave;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.HarmonisedRecord;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.Reject;
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
        List<HarmonisedRecord> records = new ArrayList<>(chunk.size());
        List<Reject> rejects = new ArrayList<>();
        for (Harmoniser.Outcome outcome : chunk) {
            if (outcome.record() != null) {
                records.add(outcome.record());
            } else if (outcome.reject() != null) {
                rejects.add(outcome.reject());
            }
        }
        rejected += rejects.size();
        if (store == null) {
            throw new IllegalStateException("the staging writer of " + input + " is not open");
        }
        store.append(input, order, records, rejects);
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
