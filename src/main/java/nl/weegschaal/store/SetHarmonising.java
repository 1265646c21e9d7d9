package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.SourceRecord;

/**
 * Harmonises an export whose cells are in the work store ({@link CsvBulkLoad}) as a set, staging
 * exactly what {@link InputStaging} stages for the same records read one by one. The
 * {@link Harmoniser} decides everything: each distinct cell of a field is read once ({@link CellCodes}),
 * and routing is applied once to each distinct pattern of the routed fields' values ({@link Routes}).
 * One {@code INSERT} codes the records and stages them, with their routing joined on one key; the
 * problems, one row each, are then found by the harmoniser itself among the few records rejected only.
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
    static String trimmed(String column) {
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
            stageRejects(input, source);
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
        return sql.append(" FROM (").append(cells.codedSql(CsvBulkLoad.CELLS)).append(") c")
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

    /**
     * Every problem of every rejected record, found by the harmoniser reading the record's cells as the
     * record-by-record path does, so that the problems, their order, fields and values are the same by
     * construction; a few records, read back from the cells in file order.
     */
    private void stageRejects(String input, String source) throws SQLException {
        List<Harmoniser.Outcome> outcomes = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT rowid + 1, * FROM " + CsvBulkLoad.CELLS + " WHERE rowid + 1 IN (SELECT "
                     + "record_number FROM " + RunStore.STAGED_RESPONSES + " WHERE input_order = " + order
                     + " AND rejected) ORDER BY rowid")) {
            List<String> header = new ArrayList<>();
            for (int c = 2; c <= r.getMetaData().getColumnCount(); c++) {
                header.add(r.getMetaData().getColumnName(c));
            }
            harmoniser.bind(source, header);
            while (r.next()) {
                String[] cells = new String[header.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = r.getString(c + 2);
                }
                // a record's line is its number after the header line: a plain CSV file has one record per line
                outcomes.add(harmoniser.harmonise(new SourceRecord(source, r.getLong(1) + 1, cells)));
            }
        }
        InputStaging.appendRejects(store, input, order, outcomes);
    }
}
