package nl.weegschaal.result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.store.RunStore;

/**
 * The wave catalog ({@code waves.duckdb}), open read-only: what the trend workbook needs from it, read
 * from the catalog alone (its {@code waves} table, its views {@code estimates}, {@code runs}, its
 * {@code changes} table and, for their order, each wave's own {@code codebook} and {@code breakdowns}
 * copies), never from the waves' result files.
 */
public final class CatalogReader implements AutoCloseable {
    private final Connection connection;
    private final Path file;

    private CatalogReader(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens the catalog read-only; fails, naming it, if it is not there or not a catalog. */
    public static CatalogReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CatalogReadException("there is no wave catalog " + file + "; a wave is registered in it when "
                    + "its run completes (run SPEC)");
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try {
            CatalogReader reader = new CatalogReader(DriverManager.getConnection("jdbc:duckdb:"
                    + file.toAbsolutePath(), readOnly), file);
            if (!reader.has("waves")) {
                reader.close();
                throw new CatalogReadException(file + " is not a wave catalog: it has no table 'waves'");
            }
            return reader;
        } catch (SQLException e) {
            throw new CatalogReadException("cannot read the wave catalog " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every registered wave, in catalog order (fieldwork start, waves without one last, then name). */
    public List<CatalogWave> waves() {
        boolean runs = has("runs") && columns("runs").contains("n_respondents");
        String sql = "SELECT w.wave, w.survey, w.fieldwork_from, w.fieldwork_to, "
                + (runs ? "(SELECT max(r.n_respondents) FROM runs r WHERE r.wave = w.wave)" : "NULL")
                + ", w.schema_name FROM waves w ORDER BY w.fieldwork_from NULLS LAST, w.wave";
        return query(sql, r -> new CatalogWave(r.getString(1), r.getString(2),
                r.getObject(3, java.time.LocalDate.class), r.getObject(4, java.time.LocalDate.class),
                ResultRows.nullableLong(r, 5), r.getString(6)));
    }

    /** A wave's codebook, in its own table's order (the spec's codebook order). */
    public List<CodebookRow> codebook(CatalogWave wave) {
        String table = RunStore.quote(wave.schema()) + ".codebook";
        Set<String> have = columns(wave.schema(), "codebook");
        String sheets = have.contains("sheet") ? "sheet, sheet_en" : "NULL, NULL";
        return query("SELECT variable, type, question, question_en, asked_of, level, kind, label_nl, label_en, "
                + "coalesce(dont_know, false), " + sheets + " FROM " + table + " ORDER BY rowid",
                r -> new CodebookRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getBoolean(10),
                        r.getString(11), r.getString(12)));
    }

    /** A wave's breakdowns in publication order; empty for a wave whose result has none. */
    public List<BreakdownRow> breakdowns(CatalogWave wave) {
        if (columns(wave.schema(), "breakdowns").isEmpty()) {
            return List.of();
        }
        return query("SELECT breakdown, breakdown_nl, breakdown_en, breakdown_order, domain_value, domain_nl, "
                + "domain_en, domain_order FROM " + RunStore.quote(wave.schema())
                + ".breakdowns ORDER BY breakdown_order, "
                + "domain_order", r -> new BreakdownRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getInt(8)));
    }

    /**
     * A wave's proportion cells as published: estimate, published interval, respondents and reliability. A
     * cell without a stored reliability (a result made before it was stored) counts as suppressed, since
     * nothing says it may be published.
     */
    public Map<CellKey, PublishedCell> cells(CatalogWave wave) {
        Set<String> have = columns("estimates");
        String reliability = have.contains("reliability") ? "reliability, reliability_reason" : "NULL, NULL";
        String proportions = have.contains("statistic") ? " AND (statistic IS NULL OR statistic = 'proportion')" : "";
        Map<CellKey, PublishedCell> cells = new LinkedHashMap<>();
        for (Map.Entry<CellKey, PublishedCell> cell : query("SELECT variable, level, domain_var, domain_value, "
                + "estimate, ci_lower, ci_upper, n_unweighted, " + reliability + " FROM estimates WHERE wave = "
                + RunStore.literal(wave.wave()) + proportions, CatalogReader::cell)) {
            cells.put(cell.getKey(), cell.getValue());
        }
        return cells;
    }

    /**
     * The interval a wave publishes, told from its cells: the one whose bounds (cut off at 0 and 1) every
     * cell's {@code ci_lower} and {@code ci_upper} equal; Korn-Graubard when no cell tells them apart.
     */
    public IntervalMethod intervalMethod(CatalogWave wave) {
        Set<String> have = columns("estimates");
        if (!have.containsAll(List.of("ci_lower", "ci_beta_low", "ci_logit_low"))) {
            return IntervalMethod.KORN_GRAUBARD;
        }
        String proportions = have.contains("statistic") ? " AND (statistic IS NULL OR statistic = 'proportion')" : "";
        List<long[]> counts = query("SELECT count(*), count(*) FILTER (WHERE abs(ci_lower - greatest(0, ci_beta_low)) "
                + "< 1e-12), count(*) FILTER (WHERE abs(ci_lower - greatest(0, ci_logit_low)) < 1e-12) FROM estimates "
                + "WHERE wave = " + RunStore.literal(wave.wave())
                + " AND ci_lower IS NOT NULL AND estimate > 0 AND estimate < 1"
                + proportions,
                r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
        long[] c = counts.get(0);
        return c[1] == c[0] ? IntervalMethod.KORN_GRAUBARD : c[2] == c[0] ? IntervalMethod.LOGIT : IntervalMethod.WALD;
    }

    /** The {@code changes} rows between two waves (in that order); empty without a {@code changes} table. */
    public List<ChangeRow> changes(String from, String to) {
        if (!has("changes")) {
            return List.of();
        }
        return query("SELECT wave_from, wave_to, variable, level, domain_var, domain_value, difference, significant, "
                + "n_both, comparison, note FROM changes WHERE wave_from = " + RunStore.literal(from)
                + " AND wave_to = " + RunStore.literal(to), r -> new ChangeRow(r.getString(1), r.getString(2),
                        new CellKey(r.getString(3), r.getString(4), r.getString(5), r.getString(6)),
                        ResultRows.nullableDouble(r, 7), ResultRows.nullableBoolean(r, 8), ResultRows.nullableLong(r, 9),
                        r.getString(10), r.getString(11)));
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // read-only: nothing was written that closing could lose
        }
    }

    /** As a result's published cell ({@link ResultRows#published}); a wave without reliability hides it. */
    private static Map.Entry<CellKey, PublishedCell> cell(ResultSet r) throws SQLException {
        if (r.getString(9) != null) {
            return ResultRows.published(r);
        }
        return Map.entry(new CellKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                new PublishedCell(ResultRows.nullableDouble(r, 5), ResultRows.nullableDouble(r, 6),
                        ResultRows.nullableDouble(r, 7), ResultRows.nullableLong(r, 8), Reliability.SUPPRESSED,
                        "no reliability in the result"));
    }

    private boolean has(String table) {
        return !columns(table).isEmpty();
    }

    private Set<String> columns(String table) {
        return columns("main", table);
    }

    /** The columns of a table or view of a schema; empty if it is not there. */
    private Set<String> columns(String schema, String table) {
        return new TreeSet<>(query("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                + RunStore.literal(schema) + " AND table_name = " + RunStore.literal(table), r -> r.getString(1)));
    }

    private <T> List<T> query(String sql, ResultRows.RowReader<T> reader) {
        try {
            return ResultRows.of(connection, sql, reader);
        } catch (SQLException e) {
            throw new CatalogReadException("cannot read the wave catalog " + file + ": " + e.getMessage(), e);
        }
    }
}
