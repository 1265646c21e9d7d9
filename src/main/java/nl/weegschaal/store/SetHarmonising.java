package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import nl.weegschaal.ingest.Harmoniser;

/**
 * Harmonises an export whose cells are in the work store ({@link CsvBulkLoad}) as a set, staging
 * exactly what {@link InputStaging} stages for the same records read one by one. The
 * {@link Harmoniser} decides everything: each distinct cell of a field is read once ({@link CellCodes}),
 * and routing is applied once to each distinct pattern of the routed fields' values ({@link Routes}).
 * One {@code INSERT} codes the records and stages them, with their routing joined on one key; the
 * problems, one row each in the order the record-by-record harmoniser gives them (the id, each field's
 * cell, then routing), are then found among the few records rejected only.
 */
public final class SetHarmonising {
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
    private final CellCodes cells;
    private final Routes routes;

    public SetHarmonising(RunStore store, Harmoniser harmoniser, int order) {
        this(store, harmoniser, order, Routes.PACKED);
    }

    /** @param packLimit the most routing patterns a key packed into a number may tell apart (tests use a small one) */
    SetHarmonising(RunStore store, Harmoniser harmoniser, int order, long packLimit) {
        this.store = store;
        this.harmoniser = harmoniser;
        this.fields = harmoniser.fields();
        this.order = order;
        this.codes = new ValueCodes(fields.size());
        this.cells = new CellCodes(store, harmoniser, codes);
        this.routes = new Routes(store, harmoniser, codes, cells, packLimit);
    }

    /**
     * The id column's cells as the harmoniser reads them: without surrounding spaces. Only a cell that
     * starts or ends with one is trimmed: DuckDB's {@code trim} with a set of characters reads the set
     * again for every cell, which for a million ids took seconds.
     */
    public static String trimmed(String column) {
        String cell = RunStore.quote(column);
        return "CASE WHEN ascii(" + cell + ") > 32 AND ascii(right(" + cell + ", 1)) > 32 THEN " + cell + " ELSE trim("
                + cell + ", " + TRIMMED + ") END";
    }

    /**
     * Stages the export's records (in {@link CsvBulkLoad#CELLS}) as input {@code input} from {@code source}.
     *
     * @return the number of records rejected
     */
    public long stage(String input, String source) throws SQLException {
        cells.read(CsvBulkLoad.CELLS);
        routes.decide(CsvBulkLoad.CELLS);
        codes.stage(store.connection(), order);
        store.execute("INSERT INTO " + RunStore.STAGED_INPUTS + " VALUES (" + order + ", " + RunStore.literal(input)
                + ", " + RunStore.literal(source) + ", " + (harmoniser.mode() == null ? "NULL"
                : RunStore.literal(harmoniser.mode())) + ")");
        store.execute(responsesSql());
        long rejected = store.count("SELECT count(*) FILTER (WHERE rejected) FROM " + RunStore.STAGED_RESPONSES
                + " WHERE input_order = " + order);
        if (rejected > 0) {
            store.execute("CREATE OR REPLACE TEMP TABLE rejected_cells AS " + cells.codedSql(CsvBulkLoad.CELLS,
                    " WHERE c.rowid + 1 IN (SELECT record_number FROM " + RunStore.STAGED_RESPONSES + " WHERE input_order = "
                    + order + " AND rejected)", true));
            store.execute(rejectsSql(input, source));
            store.execute("DROP TABLE rejected_cells");
        }
        store.execute("DROP TABLE IF EXISTS cell_map");
        routes.drop();
        return rejected;
    }

    /** Every record coded and staged in one pass: a field's raw code, or its routing's code for a routed field. */
    private String responsesSql() {
        StringBuilder sql = new StringBuilder("INSERT INTO " + RunStore.STAGED_RESPONSES + " SELECT " + order
                + ", c.record_number + 1, c.record_number, c.id, " + rejectedSql());
        for (int f = 0; f < fields.size(); f++) {
            sql.append(", ").append(routes.routes(f) ? "r.n" + f : "nullif(c.f" + f + ", " + CellCodes.INVALID + ")");
        }
        return sql.append(" FROM (").append(cells.codedSql(CsvBulkLoad.CELLS, "", false)).append(") c")
                .append(routes.joinSql("c")).toString();
    }

    /** Whether a record has a problem: no id, a cell that cannot be read (the least raw code is invalid), routing. */
    private String rejectedSql() {
        StringBuilder least = new StringBuilder("coalesce(least(");
        for (int f = 0; f < fields.size(); f++) {
            least.append(f == 0 ? "" : ", ").append("c.f").append(f);
        }
        least.append(") = ").append(CellCodes.INVALID).append(", false)");
        return (harmoniser.hasId() ? "c.id IS NULL OR " : "") + least + routes.anyUnaskedSql("r");
    }

    /** The problems of a rejected record's invalid cell or routing: its cell joined to its reading. */
    private static String problemCellsSql(int field, String condition) {
        return " FROM rejected_cells c JOIN cell_map m ON m.field = " + field + " AND m.cell = c.cell" + field + condition;
    }

    /** Every problem of every rejected record, numbered within the record in the order the harmoniser gives them. */
    private String rejectsSql(String input, String source) {
        List<String> parts = new ArrayList<>();
        if (harmoniser.hasId()) {
            parts.add("SELECT c.record_number, 0 AS k, NULL::VARCHAR AS id, " + RunStore.literal(harmoniser.rejectField("id"))
                    + " AS field, NULL::VARCHAR AS value, " + RunStore.literal(Harmoniser.MISSING_ID) + " AS reason FROM "
                    + "rejected_cells c WHERE c.id IS NULL");
        }
        for (int f = 0; f < fields.size(); f++) {
            parts.add("SELECT c.record_number, " + (1 + f) + " AS k, c.id, " + RunStore.literal(harmoniser.rejectField(
                    fields.get(f))) + " AS field, m.shown AS value, m.problem AS reason" + problemCellsSql(f, " WHERE c.f" + f
                    + " = " + CellCodes.INVALID));
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
