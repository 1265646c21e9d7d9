package nl.weegschaal.job;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.CsvRecordReader;
import nl.weegschaal.ingest.ExportReader;
import nl.weegschaal.ingest.InputFileException;
import nl.weegschaal.ingest.SourceRecord;
import nl.weegschaal.ingest.XlsxRecordReader;
import nl.weegschaal.spec.InputSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The streaming reader for an export, by its format. */
final class ExportReaders {
    private ExportReaders() {
    }

    static ExportReader of(InputSpec input) {
        List<String> columns = new ArrayList<>(input.columns().values());
        ExportReader reader = switch (input.format()) {
            case CSV -> new CsvRecordReader(input.file(), columns, input.delimiter(), input.encoding());
            case XLSX -> new XlsxRecordReader(input.file(), input.sheet(), columns);
        };
        // the work store is cleared when an export's ingest starts, so it is always read from its first record
        if (reader instanceof CsvRecordReader csv) {
            csv.setSaveState(false);
        } else if (reader instanceof XlsxRecordReader xlsx) {
            xlsx.setSaveState(false);
        }
        return new NotEmpty(reader, input.name());
    }

    /**
     * An export with a header but no records is an error, not a wave without that mode: it is almost
     * always a failed or unfinished export, and publishing without it would silently drop a mode.
     */
    static class NotEmpty implements ExportReader {
        private final ExportReader reader;
        private final String input;
        private boolean any;

        NotEmpty(ExportReader reader, String input) {
            this.reader = reader;
            this.input = input;
        }

        @Override
        public @Nullable SourceRecord read() throws Exception {
            SourceRecord record = reader.read();
            if (record == null && !any) {
                throw new InputFileException(reader.source() + ": the export has a header but no records"
                        + " (input '" + input + "'), so no respondents; is it a complete export?");
            }
            any = true;
            return record;
        }

        @Override
        public List<String> header() {
            return reader.header();
        }

        @Override
        public String source() {
            return reader.source();
        }

        @Override
        public void open(ExecutionContext executionContext) {
            any = false;
            reader.open(executionContext);
        }

        @Override
        public void update(ExecutionContext executionContext) {
            reader.update(executionContext);
        }

        @Override
        public void close() {
            reader.close();
        }
    }
}
