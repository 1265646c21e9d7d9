package nl.weegschaal.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import nl.weegschaal.ingest.Harmoniser;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The code of every cell of an export harmonised as a set ({@link SetHarmonising}): each distinct cell
 * of a field is read once by the {@link Harmoniser}. In SQL a field's cell becomes its <em>raw code</em>:
 * the code of its value ({@link ValueCodes}), NULL for no answer, or {@value #INVALID} for a cell that
 * cannot be read, so that one integer per cell says all a record needs and the records are never
 * compared as text twice. A field with few distinct cells is coded in place (a {@code CASE} over its
 * cells), one with many by a join to its part of {@code cell_map(field, cell, code)}.
 */
final class CellCodes {
    /** The raw code of a cell that cannot be read. */
    static final int INVALID = -1;
    /** The most distinct cells of a field that is coded in place rather than by a join. */
    private static final int IN_PLACE = 200;

    private final RunStore store;
    private final Harmoniser harmoniser;
    private final List<String> fields;
    private final ValueCodes codes;
    /** Per field: its raw code from the cells of a record {@code c}. */
    private final String[] expressions;
    /** Per field coded by a join: the join to its part of {@code cell_map}; null for one coded in place. */
    private final String[] joins;

    CellCodes(RunStore store, Harmoniser harmoniser, ValueCodes codes) {
        this.store = store;
        this.harmoniser = harmoniser;
        this.fields = harmoniser.fields();
        this.codes = codes;
        this.expressions = new String[fields.size()];
        this.joins = new String[fields.size()];
    }

    /** Reads every distinct cell of every field in {@code table} once and writes {@code cell_map}. */
    void read(String table) throws SQLException {
        store.execute("CREATE OR REPLACE TEMP TABLE cell_map (field SMALLINT, cell VARCHAR, code INTEGER)");
        List<List<String>> distinct = distinctCells(table);
        try (DuckDBAppender appender = store.connection().createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA,
                "cell_map")) {
            for (int f = 0; f < fields.size(); f++) {
                StringBuilder inPlace = new StringBuilder("CASE c." + cell(f));
                for (String cell : distinct.get(f)) {
                    Integer code = append(appender, f, cell);
                    inPlace.append(" WHEN ").append(RunStore.literal(cell)).append(" THEN ").append(code);
                }
                if (distinct.get(f).size() <= IN_PLACE) {
                    expressions[f] = inPlace.append(" END").toString();
                } else {
                    String m = "m" + f;
                    expressions[f] = m + ".code";
                    joins[f] = " JOIN (SELECT cell, code FROM cell_map WHERE field = " + f + ") " + m + " ON " + m
                            + ".cell = c." + cell(f);
                }
            }
        }
    }

    /** Appends what the harmoniser says of a cell to {@code cell_map}; gives its raw code. */
    private Integer append(DuckDBAppender appender, int f, String cell) throws SQLException {
        Harmoniser.Cell read = harmoniser.cell(f, cell.trim());
        Integer code = read.problem() != null ? Integer.valueOf(INVALID)
                : read.value() == null ? null : Integer.valueOf(codes.code(f, read.value()));
        appender.beginRow().append((short) f).append(cell);
        if (code == null) {
            appender.appendNull();
        } else {
            appender.append(code.intValue());
        }
        appender.endRow();
        return code;
    }

    /**
     * Every field's distinct cells, sorted: a grouping of each field's column, all in one statement. (An
     * ordered list of distinct cells per field, all in one aggregate, took 0.36-0.47 s for the 960,000
     * records of a generated wave's CSV, against 0.23-0.36 s.)
     */
    private List<List<String>> distinctCells(String table) throws SQLException {
        List<List<String>> cells = new ArrayList<>();
        StringBuilder groupings = new StringBuilder();
        for (int f = 0; f < fields.size(); f++) {
            cells.add(new ArrayList<>());
            groupings.append(f == 0 ? "" : " UNION ALL ").append("SELECT ").append(f).append(" AS f, ").append(cell(f))
                    .append(" AS cell FROM ").append(table).append(" GROUP BY ALL");
        }
        if (fields.isEmpty()) {
            return cells;
        }
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT f, list(cell ORDER BY cell) FILTER (WHERE cell IS NOT NULL) FROM ("
                     + groupings + ") GROUP BY f")) {
            while (r.next()) {
                Array list = r.getArray(2);
                if (list != null) {
                    for (Object cell : (Object[]) list.getArray()) {
                        cells.get(r.getInt(1)).add((String) cell);
                    }
                }
            }
        }
        return cells;
    }

    /** The records of {@code table} (aliased {@code c}) with their number, their id and each field's raw code {@code f<n>}. */
    String codedSql(String table) {
        BitSet all = new BitSet();
        all.set(0, fields.size());
        StringBuilder select = new StringBuilder("SELECT c.rowid + 1 AS record_number, ");
        select.append(harmoniser.hasId() ? "nullif(nullif(" + SetHarmonising.trimmed(harmoniser.column("id"))
                + ", ''), 'NA')" : "NULL::VARCHAR").append(" AS id");
        for (int f = 0; f < fields.size(); f++) {
            select.append(", ").append(expressions[f]).append(" AS f").append(f);
        }
        return select.append(from(table, all)).toString();
    }

    /** The raw codes {@code f<n>} of some fields only, of every record of {@code table}. */
    String codedSql(String table, BitSet some) {
        StringBuilder select = new StringBuilder("SELECT ");
        for (int f = some.nextSetBit(0); f >= 0; f = some.nextSetBit(f + 1)) {
            select.append(f == some.nextSetBit(0) ? "" : ", ").append(expressions[f]).append(" AS f").append(f);
        }
        return select.append(from(table, some)).toString();
    }

    private String from(String table, BitSet some) {
        StringBuilder from = new StringBuilder(" FROM " + table + " c");
        for (int f = some.nextSetBit(0); f >= 0; f = some.nextSetBit(f + 1)) {
            from.append(joins[f] == null ? "" : joins[f]);
        }
        return from.toString();
    }

    /** The number of codes a field's values have been given so far. */
    int codeCount(int field) {
        return codes.count(field);
    }

    private String cell(int field) {
        return RunStore.quote(harmoniser.column(fields.get(field)));
    }
}
