package nl.weegschaal.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** The export files of a wave as an {@link ExportSink}: {@code cati.csv} and {@code cawi.xlsx}. */
final class ExportFiles implements ExportSink, Closeable {
    private final CatiWriter cati;
    private final CawiWriter cawi;

    ExportFiles(Path catiFile, Path cawiFile) throws IOException {
        cati = new CatiWriter(catiFile);
        cawi = new CawiWriter(cawiFile);
    }

    @Override
    public long cati(ExportRow row) throws IOException {
        return cati.write(row);
    }

    @Override
    public long cawi(ExportRow row) {
        return cawi.write(row);
    }

    int catiRecords() {
        return cati.records();
    }

    int cawiRecords() {
        return cawi.records();
    }

    /** Closes both files (the workbook is written here), the CSV even if the workbook fails. */
    @Override
    public void close() throws IOException {
        try (CatiWriter closing = cati) {
            cawi.close();
        }
    }
}
