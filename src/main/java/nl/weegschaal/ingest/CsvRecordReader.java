package nl.weegschaal.ingest;

import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the records of a CSV file one at a time, checking that every record has as many fields
 * as the header. Parsing runs a batch ahead on a background thread. Restartable: the item count is
 * saved in the step's execution context and a restart reads past the records already processed.
 */
public class CsvRecordReader extends AbstractItemCountingItemStreamItemReader<SourceRecord> implements ExportReader {
    private static final String NUL_HINT = "the file is binary, damaged or in another encoding (UTF-16?)";
    private final Path path;
    private final List<String> requiredColumns;
    private final char delimiter;
    private final Charset encoding;
    private @Nullable CSVParser parser;
    private @Nullable Prefetcher prefetcher;
    private List<String> header = List.of();

    /**
     * @param requiredColumns columns that must be in the header, checked when the reader opens
     */
    public CsvRecordReader(Path path, List<String> requiredColumns) {
        this(path, requiredColumns, ',', StandardCharsets.UTF_8);
    }

    public CsvRecordReader(Path path, List<String> requiredColumns, char delimiter, Charset encoding) {
        this.path = path;
        this.requiredColumns = List.copyOf(requiredColumns);
        this.delimiter = delimiter;
        this.encoding = encoding;
        setName("csv-" + path.getFileName());
    }

    public Path path() {
        return path;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String source() {
        return path.getFileName().toString();
    }

    @Override
    protected void doOpen() {
        CSVParser opened = CsvFiles.open(path, delimiter, encoding);
        header = checkedHeader(path, opened, requiredColumns);
        parser = opened;
        prefetcher = new Prefetcher(new Parse(opened), path.getFileName().toString());
    }

    /** The header of a CSV export, checked as the reader checks it when it opens. */
    public static List<String> header(Path path, List<String> requiredColumns, char delimiter, Charset encoding) {
        CSVParser opened = CsvFiles.open(path, delimiter, encoding);
        List<String> header = checkedHeader(path, opened, requiredColumns);
        closeQuietly(opened);
        return header;
    }

    private static List<String> checkedHeader(Path path, CSVParser opened, List<String> requiredColumns) {
        List<String> header = List.copyOf(opened.getHeaderNames());
        if (header.stream().anyMatch(name -> name.indexOf('\0') >= 0)) {
            closeQuietly(opened);
            throw new InputFileException(path + " line 1: the header contains a NUL byte; " + NUL_HINT);
        }
        try {
            CsvFiles.requireColumns(path.toString(), header, requiredColumns);
        } catch (InputFileException e) {
            closeQuietly(opened);
            throw e;
        }
        return header;
    }

    @Override
    protected @Nullable SourceRecord doRead() {
        Prefetcher p = prefetcher;
        if (p == null) {
            throw new IllegalStateException("reader for " + path + " is not open");
        }
        return p.next();
    }

    @Override
    protected void doClose() {
        if (prefetcher != null) {
            prefetcher.close();
        }
        if (parser != null) {
            closeQuietly(parser);
        }
        parser = null;
        prefetcher = null;
    }

    private static void closeQuietly(CSVParser p) {
        try {
            p.close();
        } catch (java.io.IOException e) {
            // closing a read-only file cannot lose data
        }
    }

    /** Turns parser records into source records with their line, checking the field count. */
    private final class Parse implements Prefetcher.Source {
        private final CSVParser csv;
        private final Iterator<CSVRecord> records;
        private final String fileName = path.getFileName().toString();
        private long lastLine;

        Parse(CSVParser csv) {
            this.csv = csv;
            this.records = csv.iterator();
            this.lastLine = csv.getCurrentLineNumber();
        }

        @Override
        public @Nullable SourceRecord next() {
            long line;
            CSVRecord record;
            do {
                line = lastLine + 1;
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // the decoder works a buffer ahead of the parser: find the line of the bad byte itself
                    Long invalid = CsvFiles.lineOfInvalidByte(path, encoding, e);
                    throw new InputFileException(path + " line " + (invalid != null ? invalid : line)
                            + ": malformed CSV: " + CsvFiles.describe(e, encoding), e);
                }
                lastLine = csv.getCurrentLineNumber();
            } while (record.size() == 1 && record.get(0).isEmpty() && header.size() > 1);
            SourceRecord result = new SourceRecord(fileName, line, record.values());
            if (record.size() != header.size()) {
                throw new InputFileException(result.location() + ": the record has " + record.size()
                        + " fields but the header has " + header.size() + " (record: " + result.raw() + ")");
            }
            for (int i = 0; i < result.size(); i++) {
                if (result.value(i).indexOf('\0') >= 0) {
                    throw new InputFileException(result.location() + ": field '" + header.get(i)
                            + "' contains a NUL byte; " + NUL_HINT);
                }
            }
            return result;
        }
    }
}
