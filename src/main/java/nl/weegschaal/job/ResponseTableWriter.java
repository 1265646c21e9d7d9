package nl.weegschaal.job;

import nl.weegschaal.ingest.CsvRecordReader;
import nl.weegschaal.ingest.ResponseTableBuilder;
import nl.weegschaal.ingest.SourceRecord;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Adds each chunk of response records to the run's columnar response table. */
class ResponseTableWriter implements ItemWriter<SourceRecord> {
    private final CsvRecordReader reader;
    private final ResponseTableBuilder builder;
    private boolean bound;

    ResponseTableWriter(CsvRecordReader reader, ResponseTableBuilder builder) {
        this.reader = reader;
        this.builder = builder;
    }

    @Override
    public void write(Chunk<? extends SourceRecord> chunk) {
        if (!bound) {
            builder.bind(reader.header());
            bound = true;
        }
        for (SourceRecord record : chunk) {
            builder.add(record);
        }
    }
}
