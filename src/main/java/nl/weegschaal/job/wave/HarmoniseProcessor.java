package nl.weegschaal.job.wave;

import nl.weegschaal.ingest.ExportReader;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Harmonises each export record (or turns it into a reject); binds to the export's header first. */
class HarmoniseProcessor implements ItemProcessor<SourceRecord, Harmoniser.Outcome> {
    private final ExportReader reader;
    private final Harmoniser harmoniser;
    private boolean bound;

    HarmoniseProcessor(ExportReader reader, Harmoniser harmoniser) {
        this.reader = reader;
        this.harmoniser = harmoniser;
    }

    @Override
    public Harmoniser.Outcome process(SourceRecord record) {
        if (!bound) {
            harmoniser.bind(reader.source(), reader.header());
            bound = true;
        }
        return harmoniser.harmonise(record);
    }
}
