package nl.weegschaal.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Loads the columns a run uses of a CSV export into the work store with DuckDB's own parallel CSV
 * reader, as text, into the temporary table {@value #CELLS}: one column per export column, an empty
 * cell as an empty text, the records in file order (a table's row ids follow the order its rows were
 * inserted in, so {@code rowid + 1} is a record's number). Several times faster
 * than reading the records one by one in Java; the caller decides when a file is plain enough for
 * this (UTF-8, one record per line) and falls back to the streaming reader otherwise, which also
 * says exactly what is wrong with a file that is not.
 */
public final class CsvBulkLoad {
    /** The temporary table of an export's cells. */
    public static final String CELLS = "export_cells";

    private final RunStore store;

    public CsvBulkLoad(RunStore store) {
        this.store = store;
    }

    /**
     * Loads {@code columns} of the file, whose header is {@code header} (as the streaming reader read it).
     *
     * @return the number of records, or empty when DuckDB's reader refuses the file (a record with
     *         another number of fields, a quote left open, a line longer than it reads): the streaming
     *         reader then reads it and names the problem
     */
    public OptionalLong load(Path file, char delimiter, List<String> header, List<String> columns) throws SQLException {
        String declared = header.stream().map(name -> RunStore.literal(name) + ": 'VARCHAR'")
                .collect(Collectors.joining(", ", "{", "}"));
        String cells = columns.stream().map(c -> "coalesce(" + RunStore.quote(c) + ", '') AS " + RunStore.quote(c))
                .collect(Collectors.joining(", "));
        store.execute("DROP TABLE IF EXISTS " + CELLS);
        try {
            store.execute("CREATE TEMP TABLE " + CELLS + " AS SELECT " + cells + " FROM read_csv("
                    + RunStore.literal(file.toAbsolutePath().toString()) + ", header = true, auto_detect = false, "
                    + "delim = " + RunStore.literal(String.valueOf(delimiter)) + ", quote = '\"', escape = '\"', "
                    + "strict_mode = true, null_padding = false, columns = " + declared + ")");
        } catch (SQLException refused) {
            store.execute("DROP TABLE IF EXISTS " + CELLS);
            return OptionalLong.empty();
        }
        return OptionalLong.of(store.count("SELECT count(*) FROM " + CELLS));
    }
}
