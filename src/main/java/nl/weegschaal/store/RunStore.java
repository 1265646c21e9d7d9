package nl.weegschaal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import nl.weegschaal.OutputException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * A run's work store: a DuckDB file beside the result ({@code .<name>.staging.duckdb}) that holds
 * what each step produced, so that a restarted run continues from the step that failed, and later
 * steps read what earlier ones made instead of making it again. It owns the names of the run's tables;
 * the queries over them are in this package. Every step replaces its own tables, so running a step
 * again gives the same tables.
 *
 * <ul>
 * <li>{@value #STAGED_RESPONSES}, {@value #STAGED_INPUTS}, {@value #STAGED_VALUES}, {@value #STAGED_REJECTS}:
 * every record read, harmonised (its field values coded per input), with its problems (ingest);</li>
 * <li>{@value #RESPONSES}, {@value #REJECTS}: the records with their strata (a view of the staged records,
 * {@link ResponsesView}), and every problem of every record that cannot be used; {@code stratum_map_k},
 * {@value #REPEATS}: each derived stratum's placing of the register values, the repeated establishments
 * (strata);</li>
 * <li>{@value #STRATA}, {@value #DESIGN_STRATA}, {@value #DESIGN_INDEX}, {@value #WEIGHTS},
 * {@value #WEIGHT_DIAGNOSTICS}: the weighted design (weights);</li>
 * <li>{@value #ESTIMATES}: the estimates (estimation).</li>
 * </ul>
 */
public final class RunStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunStore.class);
    /** The name publish reads the work store by: attached read-only, or the database of one in memory. */
    public static final String STAGING = "staging";
    public static final String STAGED_RESPONSES = "staged_responses";
    public static final String STAGED_INPUTS = "staged_inputs";
    public static final String STAGED_VALUES = "staged_values";
    public static final String STAGED_REJECTS = "staged_rejects";
    public static final String RESPONSES = "responses";
    public static final String REJECTS = "rejects";
    public static final String REPEATS = "repeats";
    public static final String STRATA = "strata";
    public static final String DESIGN_STRATA = "design_strata";
    public static final String DESIGN_INDEX = "design_index";
    public static final String WEIGHTS = "weights";
    public static final String WEIGHT_DIAGNOSTICS = "weight_diagnostics";
    public static final String ESTIMATES = "estimates";
    public static final String CALIBRATION = "calibration";
    /** The g-weight of every respondent of a design calibrated to totals, by its respondent number and key (export, line). */
    public static final String CALIBRATION_G = "calibration_g";

    private final DuckDBConnection connection;

    private RunStore(DuckDBConnection connection) {
        this.connection = connection;
    }

    /**
     * A work store that lives in memory, for a run that is never restarted ({@code weigh}): a DuckDB
     * database of this process named {@value #STAGING}, as publish reads the work store by. Its
     * steps' tables are never written to disk (at a million respondents, writing the staged records
     * into a file took a third of a second that the run then deleted). It lasts while this store is open;
     * each step works in a {@link #duplicate()} of it. What does not fit in memory DuckDB spills where a
     * work file {@code file} would have (into {@code file.tmp}), not into the working folder.
     */
    public static RunStore inMemory(Path file) {
        try {
            RunStore store = new RunStore(DriverManager.getConnection("jdbc:duckdb:").unwrap(DuckDBConnection.class));
            store.execute("SET temp_directory = " + literal(file.toAbsolutePath() + ".tmp"));
            store.execute("ATTACH ':memory:' AS " + STAGING);
            store.execute("USE " + STAGING);
            return store;
        } catch (SQLException e) {
            throw new OutputException("cannot open a work store in memory: " + e.getMessage(), e);
        }
    }

    /** Another connection to the same database, whose tables it reads and writes by their plain names. */
    public RunStore duplicate() {
        try {
            RunStore store = new RunStore(connection.duplicate());
            store.execute("USE " + quote(connection.getCatalog()));
            return store;
        } catch (SQLException e) {
            throw new OutputException("cannot open another connection to the work store: " + e.getMessage(), e);
        }
    }

    public static RunStore open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            return new RunStore(c.unwrap(DuckDBConnection.class));
        } catch (Exception e) {
            throw new OutputException("cannot open the work file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The table of the {@code k}-th strata column's placing of its register values (derived strata only). */
    public static String stratumMap(int k) {
        return "stratum_map_" + k;
    }

    public DuckDBConnection connection() {
        return connection;
    }

    /**
     * Creates the ingest tables once. Every record read is staged, also one with problems
     * ({@code rejected}), so that the strata step can add its own problems to it; each problem is a row
     * of the rejects, numbered within its record ({@code problem}) to keep their order.
     * {@code record_number} counts the records of an input from 1. A field's values are staged as the
     * numbers {@link ValueCodes} gives them, with the values in {@value #STAGED_VALUES}; what is the same
     * for every record of an input (its name, source and mode) is in {@value #STAGED_INPUTS}.
     */
    public void createIngestTables(List<String> fields) throws SQLException {
        String columns = fields.stream().map(RunStore::quote).map(c -> c + " INTEGER")
                .collect(Collectors.joining(", "));
        execute("CREATE TABLE IF NOT EXISTS " + STAGED_RESPONSES + " (input_order SMALLINT, line BIGINT, "
                + "record_number BIGINT, id VARCHAR, rejected BOOLEAN, " + columns + ")");
        execute("CREATE TABLE IF NOT EXISTS " + STAGED_INPUTS + " (input_order SMALLINT, input VARCHAR, source VARCHAR, "
                + "mode VARCHAR)");
        execute("CREATE TABLE IF NOT EXISTS " + STAGED_VALUES + " (input_order SMALLINT, field SMALLINT, code INTEGER, "
                + "value VARCHAR)");
        execute("CREATE TABLE IF NOT EXISTS " + STAGED_REJECTS + " (input VARCHAR, input_order INTEGER, source VARCHAR, "
                + "line BIGINT, problem INTEGER, respondent_id VARCHAR, field VARCHAR, value VARCHAR, reason VARCHAR)");
    }

    /** Removes what an earlier, interrupted attempt staged for an input. */
    public void clearInput(int order) throws SQLException {
        for (String table : List.of(STAGED_RESPONSES, STAGED_INPUTS, STAGED_VALUES, STAGED_REJECTS)) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                    + " WHERE input_order = ?")) {
                delete.setInt(1, order);
                delete.executeUpdate();
            }
        }
    }

    /** A staging of one input: its records, coded, and their problems, appended a chunk at a time. */
    public InputStaging staging(String input, int order, List<String> fields) {
        return new InputStaging(this, input, order, fields.size());
    }

    public void execute(String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql.length() > 160 ? sql.substring(0, 160) + "..." : sql);
        }
    }

    /** The first column of every row of a query, as text. */
    public List<String> strings(String sql) throws SQLException {
        return rows(sql).stream().map(row -> row[0]).toList();
    }

    /** Every row of a query, its columns as text. */
    public List<String[]> rows(String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                String[] row = new String[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = r.getString(c + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** A count (the first column of the first row) of a query. */
    public long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Quoted names joined by commas, with a prefix ({@code "r."}) before each. */
    public static String quoted(String prefix, List<String> columns) {
        return columns.stream().map(c -> prefix + quote(c)).collect(Collectors.joining(", "));
    }

    /** A text literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The columns of the {@code responses} table: the strata, then every field that is not one of them. */
    public static List<String> responseColumns(List<String> strataColumns, List<String> fields) {
        LinkedHashSet<String> columns = new LinkedHashSet<>(strataColumns);
        columns.addAll(fields);
        return List.copyOf(columns);
    }

    static void nullable(DuckDBAppender appender, @Nullable String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the work file is re-created by a restart if it is damaged
        }
    }
}
