package nl.weegschaal.job;

import nl.weegschaal.ingest.ExportReader;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.RecordCheck;
import nl.weegschaal.ingest.SourceRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Harmonises each export record (or turns it into a reject); binds to the export's header first. In
 * a run that stops at the first record it cannot use ({@code weigh}), the record is checked first.
 */
class HarmoniseProcessor implements ItemProcessor<SourceRecord, Harmoniser.Outcome> {
    private final ExportReader reader;
    private final Harmoniser harmoniser;
    private final @Nullable RecordCheck check;
    private boolean bound;

    HarmoniseProcessor(ExportReader reader, Harmoniser harmoniser, @Nullable RecordCheck check) {
        this.reader = reader;
        this.harmoniser = harmoniser;
        this.check = check;
    }

    @Override
    public Harmoniser.Outcome process(SourceRecord record) {
        if (!bound) {
            harmoniser.bind(reader.source(), reader.header());
            if (check != null) {
                check.bind(reader.header());
            }
            bound = true;
        }
        if (check != null) {
            check.check(record);
        }
        return harmoniser.harmonise(record);
    }
}
