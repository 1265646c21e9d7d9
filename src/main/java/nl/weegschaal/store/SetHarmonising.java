package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.Reject;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Harmonises an export whose cells are in the work store ({@link CsvBulkLoad}) as a set, staging
 * exactly what {@link InputStaging} stages for the same records read one by one. The
 * {@link Harmoniser} decides everything: each distinct cell of a field is read once, and routing is
 * applied once to each distinct pattern of the routed fields' values; DuckDB joins the decisions
 * back to the records and writes the problems, one row each, in the order the record-by-record
 * harmoniser gives them (the id, each field's cell, then routing).
 */
public final class SetHarmonising {
    /** The most distinct cells of a field that is coded in place rather than by a join. */
    private static final int IN_PLACE = 200;
    /** Java's {@code String.trim()}: every character up to the space, at either end. */
    private static final String TRIMMED;

    static {
        StringBuilder controls = new StringBuilder("chr(1)");
        for (int c = 2; c <= ' '; c++) {
            controls.append(" || chr(").append(c).append(')');
        }
        TRIMMED = controls.toString();
    }

    private final RunStore store;
    private final Harmoniser harmoniser;
    private final List<String> fields;
    private final int order;
    private final ValueCodes codes;
    /** Per field coded in place: its {@code CASE} giving the code, and its condition for an invalid cell. */
    private final Map<Integer, String[]> inPlace = new HashMap<>();

    public SetHarmonising(RunStore store, Harmoniser harmoniser, int order) {
        this.store = store;
        this.harmoniser = harmoniser;
        this.fields = harmoniser.fields();
        this.order = order;
        this.codes = new ValueCodes(fields.size());
    }

    /** The id column's cells as the harmoniser reads them: without surrounding spaces. */
    public static String trimmed(String column) {
        return "trim(" + RunStore.quote(column) + ", " + TRIMMED + ")";
    }

    /**
     * Stages the export's records (in {@link CsvBulkLoad#CELLS}) as input {@code input} from {@code source}.
     *
     * @return the number of records rejected
     */
    public long stage(String input, String source) throws SQLException {
        mapCells();
        store.execute(codedSql());
        Routes routes = new Routes(store, harmoniser, codes, fields);
        routes.decide();
        codes.stage(store.connection(), order);
        store.execute("INSERT INTO " + RunStore.STAGED_INPUTS + " VALUES (" + order + ", " + RunStore.literal(input)
                + ", " + RunStore.literal(source) + ", " + (harmoniser.mode() == null ? "NULL"
                : RunStore.literal(harmoniser.mode())) + ")");
        store.execute(responsesSql(routes));
        store.execute(rejectsSql(routes, input, source));
        long rejected = store.count("SELECT count(*) FILTER (WHERE rejected) FROM " + RunStore.STAGED_RESPONSES
                + " WHERE input_order = " + order);
        store.execute("DROP TABLE IF EXISTS coded_cells");
        store.execute("DROP TABLE IF EXISTS cell_map");
        routes.drop();
        return rejected;
    }

    /**
     * {@code cell_map(field, cell, code, problem, shown, shown_raw)}: every distinct cell of every
     * field, read once; the fields with few distinct cells are kept here too, to be coded in place.
     */
    private void mapCells() throws SQLException {
        store.execute("CREATE OR REPLACE TEMP TABLE cell_map (field SMALLINT, cell VARCHAR, code INTEGER, "
                + "problem VARCHAR, shown VARCHAR, shown_raw VARCHAR)");
        try (DuckDBAppender appender = store.connection().createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA,
                "cell_map")) {
            List<List<String>> distinct = distinctCells();
            for (int f = 0; f < fields.size(); f++) {
                List<String> cells = distinct.get(f);
                StringBuilder coded = new StringBuilder("CASE c." + cell(f));
                StringBuilder invalid = new StringBuilder();
                for (String cell : cells) {
                    String trimmed = cell.trim();
                    Harmoniser.Cell read = harmoniser.cell(f, trimmed);
                    Integer code = read.value() == null ? null : codes.code(f, read.value());
                    appender.beginRow().append((short) f).append(cell);
                    if (code == null) {
                        appender.appendNull();
                    } else {
                        appender.append(code);
                    }
                    RunStore.nullable(appender, read.problem());
                    RunStore.nullable(appender, Reject.shown(trimmed));
                    RunStore.nullable(appender, Reject.shown(cell));
                    appender.endRow();
                    coded.append(" WHEN ").append(RunStore.literal(cell)).append(" THEN ").append(code);
                    if (read.problem() != null) {
                        invalid.append(invalid.isEmpty() ? "" : ", ").append(RunStore.literal(cell));
                    }
                }
                if (cells.size() <= IN_PLACE) {
                    inPlace.put(f, new String[] {coded.append(" END").toString(),
                            invalid.isEmpty() ? "false" : "c." + cell(f) + " IN (" + invalid + ")"});
                }
            }
        }
    }

    /** Each field's distinct cells, sorted, all found in one pass over the records. */
    private List<List<String>> distinctCells() throws SQLException {
        StringBuilder lists = new StringBuilder("SELECT ");
        for (int f = 0; f < fields.size(); f++) {
            lists.append(f == 0 ? "" : ", ").append("list(DISTINCT ").append(cell(f)).append(" ORDER BY ").append(cell(f))
                    .append(")");
        }
        List<List<String>> cells = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery(lists.append(" FROM ").append(CsvBulkLoad.CELLS).toString())) {
            r.next();
            for (int f = 0; f < fields.size(); f++) {
                List<String> field = new ArrayList<>();
                for (Object cell : (Object[]) r.getArray(f + 1).getArray()) {
                    field.add((String) cell);
                }
                cells.add(field);
            }
        }
        return cells;
    }

    /**
     * {@code coded_cells}: per record its number, its id, and per field the code of its cell ({@code f<n>})
     * and whether it is invalid ({@code x<n>}). A field with few distinct cells is coded in place (a
     * {@code CASE} over its cells, several times faster than a join), one with many by a join.
     */
    private String codedSql() {
        StringBuilder select = new StringBuilder("CREATE OR REPLACE TEMP TABLE coded_cells AS SELECT c.rowid + 1 AS "
                + "record_number, ");
        select.append(harmoniser.hasId() ? "nullif(nullif(" + trimmed(harmoniser.column("id")) + ", ''), 'NA')"
                : "NULL::VARCHAR").append(" AS id");
        StringBuilder joins = new StringBuilder(" FROM " + CsvBulkLoad.CELLS + " c");
        for (int f = 0; f < fields.size(); f++) {
            String[] coded = inPlace.get(f);
            if (coded != null) {
                select.append(", ").append(coded[0]).append(" AS f").append(f).append(", ").append(coded[1])
                        .append(" AS x").append(f);
                continue;
            }
            String m = "m" + f;
            select.append(", ").append(m).append(".code AS f").append(f).append(", ").append(m)
                    .append(".problem IS NOT NULL AS x").append(f);
            joins.append(" JOIN cell_map ").append(m).append(" ON ").append(m).append(".field = ").append(f)
                    .append(" AND ").append(m).append(".cell = c.").append(cell(f));
        }
        return select.append(joins).toString();
    }

    private String cell(int field) {
        return RunStore.quote(harmoniser.column(fields.get(field)));
    }

    /** The problems of records with an invalid cell or a routing problem: their cells joined back to their reading. */
    private String problemCellsSql(int field, String condition) {
        return " FROM coded_cells c JOIN " + CsvBulkLoad.CELLS + " e ON e.rowid + 1 = c.record_number JOIN cell_map m "
                + "ON m.field = " + field + " AND m.cell = e." + cell(field) + condition;
    }

    private String responsesSql(Routes routes) {
        StringBuilder sql = new StringBuilder("INSERT INTO " + RunStore.STAGED_RESPONSES + " SELECT " + order
                + ", c.record_number + 1, c.record_number, c.id, " + rejectedSql(routes));
        for (int f = 0; f < fields.size(); f++) {
            sql.append(", ").append(routes.routes(f) ? "r.n" + f : "c.f" + f);
        }
        return sql.append(" FROM coded_cells c").append(routes.joinSql("c")).toString();
    }

    private String rejectedSql(Routes routes) {
        StringBuilder any = new StringBuilder(harmoniser.hasId() ? "c.id IS NULL" : "false");
        for (int f = 0; f < fields.size(); f++) {
            any.append(" OR c.x").append(f);
        }
        return any.append(routes.anyUnaskedSql("r")).toString();
    }

    /** Every problem of every record, numbered within the record in the order the harmoniser gives them. */
    private String rejectsSql(Routes routes, String input, String source) {
        List<String> parts = new ArrayList<>();
        if (harmoniser.hasId()) {
            parts.add("SELECT c.record_number, 0 AS k, NULL::VARCHAR AS id, " + RunStore.literal(harmoniser.rejectField("id"))
                    + " AS field, NULL::VARCHAR AS value, " + RunStore.literal(Harmoniser.MISSING_ID) + " AS reason FROM "
                    + "coded_cells c WHERE c.id IS NULL");
        }
        for (int f = 0; f < fields.size(); f++) {
            parts.add("SELECT c.record_number, " + (1 + f) + " AS k, c.id, " + RunStore.literal(harmoniser.rejectField(
                    fields.get(f))) + " AS field, m.shown AS value, m.problem AS reason" + problemCellsSql(f, " WHERE c.x" + f));
        }
        BitSet routed = harmoniser.routedFields();
        for (int f = routed.nextSetBit(0); f >= 0; f = routed.nextSetBit(f + 1)) {
            if (harmoniser.routingProblem(f) == null) {
                continue; // a filter that is not routed itself
            }
            parts.add("SELECT c.record_number, " + (1 + fields.size() + f) + " AS k, c.id, " + RunStore.literal(
                    harmoniser.rejectField(fields.get(f))) + " AS field, m.shown_raw AS value, " + RunStore.literal(
                    harmoniser.routingProblem(f)) + " AS reason" + problemCellsSql(f, routes.joinSql("c") + " WHERE r.u" + f));
        }
        return "INSERT INTO " + RunStore.STAGED_REJECTS + " SELECT " + RunStore.literal(input) + ", " + order + ", "
                + RunStore.literal(source) + ", record_number + 1, row_number() OVER (PARTITION BY record_number "
                + "ORDER BY k) - 1, id, field, value, reason FROM (" + String.join(" UNION ALL ", parts) + ")";
    }

}
