package nl.weegschaal.job;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.CsvRecordReader;
import nl.weegschaal.ingest.ExportReader;
import nl.weegschaal.ingest.XlsxRecordReader;
import nl.weegschaal.spec.InputSpec;

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
        return reader;
    }
}
