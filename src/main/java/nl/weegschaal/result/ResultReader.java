package nl.weegschaal.result;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.weighting.WeightDiagnostic;
import org.jspecify.annotations.Nullable;

/**
 * A result file of {@code weigh} or of the wave job, open read-only on one DuckDB connection. Each
 * method reads what it returns with one query when it is called (the schema is read once), so a
 * caller reads only what it needs: the workbook its cells, strata, respondents per mode, run and
 * weight diagnostics; {@code compare} its cells, strata, run and response checksums; {@code digest}
 * a fingerprint per table. The methods throw the driver's {@link SQLException}, so that each caller
 * says in its own words which file could not be read.
 */
public final class ResultReader implements AutoCloseable {
    /** Tables that describe the run rather than its results: {@link #digests()} leaves them out. */
    public static final Set<String> ABOUT_THE_RUN = Set.of("runs", "inputs");

    private final Connection connection;
    private @Nullable Map<String, List<String>> schema;

    private ResultReader(Connection connection) {
        this.connection = connection;
    }

    /** Opens {@code file} read-only; fails if it is not a DuckDB database. */
    public static ResultReader open(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return new ResultReader(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly));
    }

    /** The names of the file's tables, in name order. */
    public Set<String> tables() throws SQLException {
        return schema().keySet();
    }

    /** The strata columns: every column of {@code strata} before {@code population}; empty without strata. */
    public List<String> strataColumns() throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String column : schema().getOrDefault("strata", List.of())) {
            if (column.equals("population")) {
                break;
            }
            columns.add(column);
        }
        return columns;
    }

    /**
     * The level of a row: a numeric question's row has none, and is keyed on its statistic instead
     * ({@code total}, {@code mean}, {@code ratio}), so that a variable's total and mean in one domain are two cells.
     */
    private String level() throws SQLException {
        return schema().getOrDefault("estimates", List.of()).contains("statistic") ? "coalesce(level, statistic)"
                : "level";
    }

    /** Every row of {@code estimates}, in table order. */
    public Map<CellKey, Cell> cells() throws SQLException {
        return cells("");
    }

    /**
     * The proportions of {@code estimates} (every row of a result made before numeric questions), in
     * table order: the cells that are percentages, which {@code compare} compares in percentage points.
     */
    public Map<CellKey, Cell> proportionCells() throws SQLException {
        return cells(schema().getOrDefault("estimates", List.of()).contains("statistic")
                ? "WHERE statistic = 'proportion' " : "");
    }

    private Map<CellKey, Cell> cells(String where) throws SQLException {
        Map<CellKey, Cell> cells = new LinkedHashMap<>();
        for (Map.Entry<CellKey, Cell> cell : rows("SELECT variable, " + level() + ", domain_var, domain_value, estimate, se, "
                + "n_unweighted FROM estimates " + where + "ORDER BY rowid", ResultRows::cell)) {
            cells.put(cell.getKey(), cell.getValue());
        }
        return cells;
    }

    /**
     * The {@code reliability} of every row of {@code estimates} ({@code publishable}, {@code indicative}
     * or {@code suppressed}), in table order; empty for a result without that column (written before
     * the reliability rules were stored), so that the caller applies the rules itself.
     */
    public Map<CellKey, String> reliability() throws SQLException {
        Map<CellKey, String> statuses = new LinkedHashMap<>();
        if (schema().getOrDefault("estimates", List.of()).contains("reliability")) {
            for (Map.Entry<CellKey, String> cell : rows("SELECT variable, " + level() + ", domain_var, domain_value, "
                    + "reliability FROM estimates ORDER BY rowid", ResultRows::reliability)) {
                statuses.put(cell.getKey(), cell.getValue());
            }
        }
        return statuses;
    }

    /**
     * Every row of {@code estimates} with its published interval and reliability, in table order;
     * fails, saying so, for a result made before these columns existed.
     */
    public Map<CellKey, PublishedCell> publishedCells() throws SQLException {
        if (!schema().getOrDefault("estimates", List.of()).contains("reliability")) {
            throw new SQLException("its estimates have no reliability column: it was made by an earlier version "
                    + "of weegschaal; run the wave again");
        }
        Map<CellKey, PublishedCell> cells = new LinkedHashMap<>();
        for (Map.Entry<CellKey, PublishedCell> cell : rows("SELECT variable, " + level() + ", domain_var, domain_value, "
                + "estimate, ci_lower, ci_upper, n_unweighted, reliability, reliability_reason FROM estimates "
                + "ORDER BY rowid", ResultRows::published)) {
            cells.put(cell.getKey(), cell.getValue());
        }
        return cells;
    }

    /** Every row of {@code strata}, in table order, keyed on {@link #strataColumns()}; empty without them. */
    public List<StratumRow> strata() throws SQLException {
        List<String> columns = strataColumns();
        if (columns.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String column : columns) {
            sql.append(RunStore.quote(column)).append(", ");
        }
        sql.append("population, respondents, weight FROM strata ORDER BY rowid");
        return rows(sql.toString(), r -> ResultRows.stratum(r, columns.size()));
    }

    /** Every row of {@code weight_diagnostics}, in table order; empty for a result without it. */
    public List<WeightDiagnostic> weightDiagnostics() throws SQLException {
        if (!tables().contains("weight_diagnostics")) {
            return List.of();
        }
        return rows("SELECT domain_var, domain_value, respondents, sum_of_weights, min_weight, median_weight, "
                + "max_weight, cv, kish_deff, effective_n, largest_weight_strata FROM weight_diagnostics "
                + "ORDER BY rowid", ResultRows::diagnostic);
    }

    /**
     * Every row of {@code strata} by column name (null values left out), in table order, with whatever
     * columns the result has (e.g. {@code collapsed_stratum}, {@code untrimmed_weight}, {@code lonely}), so that a
     * reader can describe collapsing and trimming where the file records them; empty without {@code strata}.
     */
    public List<Map<String, Object>> strataDetails() throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!tables().contains("strata")) {
            return rows;
        }
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM strata ORDER BY rowid")) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = r.getObject(i);
                    if (value != null) {
                        row.put(meta.getColumnLabel(i), value);
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The (first) row of {@code runs} by column name, null values left out; empty without {@code runs}. */
    public Map<String, Object> run() throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        if (!tables().contains("runs")) {
            return row;
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM runs LIMIT 1")) {
            ResultSetMetaData meta = r.getMetaData();
            if (r.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = r.getObject(i);
                    if (value != null) {
                        row.put(meta.getColumnLabel(i), value);
                    }
                }
            }
        }
        return row;
    }

    /**
     * The SHA-256 of every input that holds responses: the {@code inputs} rows other than the spec and
     * the frame (the exports of a wave, the responses file of {@code weigh}), or, in a result without
     * {@code inputs}, the run's {@code responses_sha256}; empty if the file names none.
     */
    public Set<String> responseChecksums() throws SQLException {
        Set<String> checksums = new TreeSet<>();
        if (tables().contains("inputs")) {
            checksums.addAll(rows("SELECT sha256 FROM inputs WHERE role NOT IN ('spec', 'frame')", ResultRows::text));
        } else {
            Object sha = run().get("responses_sha256");
            if (sha != null) {
                checksums.add(sha.toString());
            }
        }
        return checksums;
    }

    /**
     * Every respondent's id, variance stratum, weight and categorical answers ({@link RespondentAnswers}),
     * or null when the result holds no answers per respondent (a result of {@code weigh}, or one made
     * before strata were collapsed in the result).
     */
    public @Nullable RespondentAnswers respondentAnswers() throws SQLException {
        Map<String, List<String>> tables = schema();
        if (!tables.containsKey("responses") || !tables.containsKey("weights") || !tables.containsKey("codebook")
                || !tables.getOrDefault("strata", List.of()).contains("collapsed_stratum")) {
            return null;
        }
        return RespondentAnswersQuery.read(connection, strataColumns());
    }

    /** The respondents of a wave per {@code mode} (CATI, CAWI), in mode order; fails without {@code responses}. */
    public Map<String, Long> respondentsPerMode() throws SQLException {
        Map<String, Long> modes = new LinkedHashMap<>();
        for (Map.Entry<String, Long> mode : rows("SELECT mode, count(*) FROM responses GROUP BY mode "
                + "ORDER BY mode", ResultRows::count)) {
            modes.put(mode.getKey(), mode.getValue());
        }
        return modes;
    }

    /**
     * The fingerprint of every table but {@link #ABOUT_THE_RUN}, in name order: its rows and the MD5
     * of the rows, each written as text ({@code {'col': value, ...}}, doubles in their shortest exact
     * form), in the order of that text. One query per table, so that one table's text is held at a time.
     */
    public List<TableDigest> digests() throws SQLException {
        List<TableDigest> digests = new ArrayList<>();
        for (String table : tables()) {
            if (!ABOUT_THE_RUN.contains(table)) {
                digests.addAll(rows("SELECT count(*), coalesce(md5(string_agg(row_text, chr(10) ORDER BY row_text)), "
                        + "md5('')) FROM (SELECT t::VARCHAR AS row_text FROM " + RunStore.quote(table) + " AS t)",
                        r -> new TableDigest(table, r.getLong(1), r.getString(2))));
            }
        }
        return digests;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /**
     * Every table's columns in their order, by table name in name order; read once. Views are left out:
     * they are made from the tables (the labelled views for analysts), so a digest of the tables is one of
     * the result.
     */
    private Map<String, List<String>> schema() throws SQLException {
        if (schema == null) {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (Map.Entry<String, String> column : rows("SELECT c.table_name, c.column_name FROM "
                    + "information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) "
                    + "WHERE c.table_schema = 'main' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, "
                    + "c.ordinal_position",
                    ResultRows::pair)) {
                tables.computeIfAbsent(column.getKey(), table -> new ArrayList<>()).add(column.getValue());
            }
            schema = tables;
        }
        return schema;
    }

    private <T> List<T> rows(String sql, ResultRows.RowReader<T> reader) throws SQLException {
        return ResultRows.of(connection, sql, reader);
    }
}
