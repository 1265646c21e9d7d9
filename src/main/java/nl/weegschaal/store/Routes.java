package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.List;
import nl.weegschaal.ingest.Harmoniser;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The routing of an export harmonised as a set ({@link SetHarmonising}): every distinct pattern of
 * the routed fields' codes and validity is routed once by the {@link Harmoniser}, and the table
 * {@code routes} holds, per pattern ({@code k<n>} the code or -1, {@code x<n>} whether the cell was
 * invalid), each routed field's code after routing ({@code n<n>}) and whether it was answered by
 * someone not asked ({@code u<n>}). Records join it on their pattern.
 */
final class Routes {
    private final RunStore store;
    private final Harmoniser harmoniser;
    private final ValueCodes codes;
    private final int fieldCount;
    private final BitSet routed;

    Routes(RunStore store, Harmoniser harmoniser, ValueCodes codes, List<String> fields) {
        this.store = store;
        this.harmoniser = harmoniser;
        this.codes = codes;
        this.fieldCount = fields.size();
        this.routed = harmoniser.routedFields();
    }

    boolean routes(int field) {
        return routed.get(field);
    }

    /** Routes each distinct pattern of the records in {@code coded_cells}. */
    void decide() throws SQLException {
        if (routed.isEmpty()) {
            return;
        }
        StringBuilder pattern = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            pattern.append(pattern.isEmpty() ? "" : ", ").append("coalesce(f").append(f).append(", -1), x").append(f);
            columns.append(columns.isEmpty() ? "" : ", ").append("k").append(f).append(" INTEGER, x").append(f)
                    .append(" BOOLEAN, n").append(f).append(" INTEGER, u").append(f).append(" BOOLEAN");
        }
        store.execute("CREATE OR REPLACE TEMP TABLE routes (" + columns + ")");
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT " + pattern + " FROM coded_cells");
             DuckDBAppender appender = store.connection().createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "routes")) {
            while (r.next()) {
                append(appender, r);
            }
        }
    }

    private void append(DuckDBAppender appender, ResultSet pattern) throws SQLException {
        String[] values = new String[fieldCount];
        boolean[] invalid = new boolean[fieldCount];
        int[] keys = new int[fieldCount];
        int column = 1;
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            keys[f] = pattern.getInt(column++);
            values[f] = keys[f] < 0 ? null : codes.value(f, keys[f]);
            invalid[f] = pattern.getBoolean(column++);
        }
        BitSet unasked = new BitSet();
        for (int f : harmoniser.route(values, invalid)) {
            unasked.set(f);
        }
        appender.beginRow();
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            appender.append(keys[f]).append(invalid[f]); // routing reads validity, it never changes it
            if (values[f] == null) {
                appender.appendNull();
            } else {
                appender.append(codes.code(f, values[f]));
            }
            appender.append(unasked.get(f));
        }
        appender.endRow();
    }

    /** The join of the records ({@code alias}) to their pattern's routing ({@code r}); empty when nothing is routed. */
    String joinSql(String alias) {
        StringBuilder join = new StringBuilder();
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            join.append(join.isEmpty() ? " JOIN routes r ON " : " AND ").append("r.k").append(f).append(" = coalesce(")
                    .append(alias).append(".f").append(f).append(", -1) AND r.x").append(f).append(" = ").append(alias)
                    .append(".x").append(f);
        }
        return join.toString();
    }

    /** {@code OR} any routed field answered by someone not asked, for a condition on a record. */
    String anyUnaskedSql(String alias) {
        StringBuilder any = new StringBuilder();
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            any.append(" OR ").append(alias).append(".u").append(f);
        }
        return any.toString();
    }

    void drop() throws SQLException {
        store.execute("DROP TABLE IF EXISTS routes");
    }
}
