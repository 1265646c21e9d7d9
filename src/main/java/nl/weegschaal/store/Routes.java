package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import nl.weegschaal.ingest.Harmoniser;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The routing of an export harmonised as a set ({@link SetHarmonising}): every distinct pattern of
 * the routed fields' raw codes ({@link CellCodes}: a code, NULL for no answer, or invalid) is routed
 * once by the {@link Harmoniser}. A record's pattern is one key, so that records join their routing on
 * one column instead of two per routed field: each field's state (0 no answer, 1 invalid, 2 + its code)
 * packed into a number in the base of its states, or, when the states of all routed fields together
 * are too many for a {@code BIGINT}, the states as text. The table {@code routes} holds per key ({@code k})
 * each routed field's code after routing ({@code n<n>}) and whether any was answered by someone not
 * asked ({@code u}).
 */
final class Routes {
    /** The most patterns a packed key may number: {@code BIGINT}'s range. */
    static final long PACKED = Long.MAX_VALUE;

    private final RunStore store;
    private final Harmoniser harmoniser;
    private final ValueCodes codes;
    private final CellCodes cells;
    private final int fieldCount;
    private final BitSet routed;
    private final long packLimit;
    /** Per routed field: its number of states, and the weight of its state in a packed key (0: keys are text). */
    private final long[] states;
    private final long[] weights;

    Routes(RunStore store, Harmoniser harmoniser, ValueCodes codes, CellCodes cells, long packLimit) {
        this.store = store;
        this.harmoniser = harmoniser;
        this.codes = codes;
        this.cells = cells;
        this.fieldCount = harmoniser.fields().size();
        this.routed = harmoniser.routedFields();
        this.packLimit = packLimit;
        this.states = new long[fieldCount];
        this.weights = new long[fieldCount];
    }

    boolean routes(int field) {
        return routed.get(field);
    }

    boolean any() {
        return !routed.isEmpty();
    }

    /** Routes each distinct pattern of the records of {@code table} (after {@link CellCodes#read}). */
    void decide(String table) throws SQLException {
        if (routed.isEmpty()) {
            return;
        }
        long weight = 1;
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            states[f] = cells.codeCount(f) + 2L;
            weights[f] = weight;
            weight = weight > packLimit / states[f] ? 0 : weight * states[f];
        }
        if (weight == 0) {
            java.util.Arrays.fill(weights, 0);
        }
        StringBuilder columns = new StringBuilder("k " + (packed() ? "BIGINT" : "VARCHAR") + ", u BOOLEAN");
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            columns.append(", n").append(f).append(" INTEGER");
        }
        store.execute("CREATE OR REPLACE TEMP TABLE routes (" + columns + ")");
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT " + keySql("c") + " FROM (" + cells.codedSql(table, routed)
                     + ") c");
             DuckDBAppender appender = store.connection().createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "routes")) {
            while (r.next()) {
                append(appender, packed() ? r.getLong(1) : r.getString(1));
            }
        }
    }

    private boolean packed() {
        return weights[routed.nextSetBit(0)] > 0;
    }

    /** The key of a record's pattern, from its raw codes {@code alias.f<n>}. */
    String keySql(String alias) {
        StringBuilder key = new StringBuilder(packed() ? "" : "concat_ws(',', ");
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            String state = "coalesce(" + alias + ".f" + f + " + 2, 0)";
            key.append(f == routed.nextSetBit(0) ? "" : packed() ? " + " : ", ")
                    .append(packed() ? state + "::BIGINT * " + weights[f] : state);
        }
        return key.append(packed() ? "" : ")").toString();
    }

    private void append(DuckDBAppender appender, Object key) throws SQLException {
        String[] values = new String[fieldCount];
        boolean[] invalid = new boolean[fieldCount];
        String[] text = packed() ? null : ((String) key).split(",");
        int i = 0;
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            long state = packed() ? (Long) key / weights[f] % states[f] : Long.parseLong(text[i++]);
            invalid[f] = state == 1;
            values[f] = state < 2 ? null : codes.value(f, (int) (state - 2));
        }
        boolean unasked = harmoniser.route(values, invalid).length > 0;
        appender.beginRow();
        if (packed()) {
            appender.append((long) (Long) key);
        } else {
            appender.append((String) key);
        }
        appender.append(unasked);
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            if (values[f] == null) {
                appender.appendNull();
            } else {
                appender.append(codes.code(f, values[f]));
            }
        }
        appender.endRow();
    }

    /** The join of the records ({@code alias}, with raw codes) to their pattern's routing ({@code r}); empty when nothing is routed. */
    String joinSql(String alias) {
        return routed.isEmpty() ? "" : " JOIN routes r ON r.k = " + keySql(alias);
    }

    /** {@code OR} any routed field answered by someone not asked, for a condition on a record. */
    String anyUnaskedSql(String alias) {
        return routed.isEmpty() ? "" : " OR " + alias + ".u";
    }

    void drop() throws SQLException {
        store.execute("DROP TABLE IF EXISTS routes");
    }
}
