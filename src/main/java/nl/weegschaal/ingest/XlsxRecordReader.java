package nl.weegschaal.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the rows of one sheet of an .xlsx workbook as records, the XLSX counterpart of
 * {@link CsvRecordReader}. The workbook is never loaded: the sheet is parsed row by row on a
 * background thread, a batch ahead. The first row with a non-empty cell is the header; rows
 * without any non-empty cell are skipped; a record's line is its 1-based sheet row number and its
 * file reads "cawi.xlsx sheet Antwoorden". Records are padded with "" to the header's width; a
 * non-empty cell right of the header is an error. Restartable like the CSV reader: the item count
 * is saved in the step's execution context and a restart reads past the records already processed.
 */
public class XlsxRecordReader extends AbstractItemCountingItemStreamItemReader<SourceRecord> implements ExportReader {
    private final Path path;
    private final String sheetName;
    private final List<String> requiredColumns;
    private @Nullable XlsxSheetParser parser;
    private @Nullable Prefetcher prefetcher;
    private List<String> header = List.of();

    /**
     * @param sheetName       the sheet to read, its tab's name matched ignoring case as Excel does (hidden
     *                        sheets included; more than one match is an error, see {@link XlsxSheets})
     * @param requiredColumns columns that must be in the header, checked when the reader opens
     */
    public XlsxRecordReader(Path path, String sheetName, List<String> requiredColumns) {
        this.path = path;
        this.sheetName = Objects.requireNonNull(sheetName, "sheetName");
        this.requiredColumns = List.copyOf(requiredColumns);
        setName("xlsx-" + path.getFileName());
    }

    public Path path() {
        return path;
    }

    public String sheetName() {
        return sheetName;
    }

    /** The header, trimmed, available once the reader is open. */
    @Override
    public String source() {
        return path.getFileName() + " sheet " + sheetName;
    }

    @Override
    public List<String> header() {
        return header;
    }

    private String where() {
        return path + " sheet '" + sheetName + "'";
    }

    @Override
    protected void doOpen() {
        XlsxSheetParser opened = XlsxSheetParser.open(path, sheetName);
        try {
            header = readHeader(opened);
            CsvFiles.requireColumns(where(), header, requiredColumns);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        parser = opened;
        prefetcher = new Prefetcher(new Records(opened, header.size()), path.getFileName() + "-" + sheetName);
    }

    private List<String> readHeader(XlsxSheetParser sheet) {
        XlsxSheetParser.Row row = sheet.next();
        if (row == null) {
            throw new InputFileException(where() + ": the sheet is empty; expected a header row");
        }
        String[] cells = row.cells();
        int width = cells.length;
        while (width > 0 && cells[width - 1].isBlank()) {
            width--;
        }
        List<String> names = new ArrayList<>(width);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < width; i++) {
            String name = cells[i].trim();
            String cell = XlsxSheetParser.columnName(i) + row.number();
            if (name.isEmpty()) {
                throw new InputFileException(where() + " row " + row.number() + ": header cell " + cell
                        + " is empty; every column needs a name");
            }
            Integer previous = seen.putIfAbsent(name, i);
            if (previous != null) {
                throw new InputFileException(where() + " row " + row.number() + ": column '" + name
                        + "' occurs twice in the header (cells " + XlsxSheetParser.columnName(previous)
                        + row.number() + " and " + cell + ")");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    @Override
    protected @Nullable SourceRecord doRead() {
        Prefetcher p = prefetcher;
        if (p == null) {
            throw new IllegalStateException("reader for " + where() + " is not open");
        }
        return p.next();
    }

    @Override
    protected void doClose() {
        if (prefetcher != null) {
            prefetcher.close();
        }
        if (parser != null) {
            parser.close();
        }
        parser = null;
        prefetcher = null;
    }

    /** Turns sheet rows into source records of the header's width. */
    private final class Records implements Prefetcher.Source {
        private final XlsxSheetParser sheet;
        private final int width;
        private final String file = path.getFileName() + " sheet " + sheetName;

        Records(XlsxSheetParser sheet, int width) {
            this.sheet = sheet;
            this.width = width;
        }

        @Override
        public @Nullable SourceRecord next() {
            XlsxSheetParser.Row row = sheet.next();
            if (row == null) {
                return null;
            }
            String[] cells = row.cells();
            if (cells.length == width) {
                return new SourceRecord(file, row.number(), cells, "row");
            }
            for (int i = width; i < cells.length; i++) {
                if (!cells[i].isEmpty()) {
                    String value = cells[i].length() > 40 ? cells[i].substring(0, 40) + "..." : cells[i];
                    throw new InputFileException(where() + " row " + row.number() + ": cell "
                            + XlsxSheetParser.columnName(i) + row.number() + " has the value '" + value
                            + "' but the header has only " + width + " columns (A to "
                            + XlsxSheetParser.columnName(width - 1) + ")");
                }
            }
            String[] values = Arrays.copyOf(cells, width);
            Arrays.fill(values, Math.min(cells.length, width), width, "");
            return new SourceRecord(file, row.number(), values, "row");
        }
    }
}
