package nl.weegschaal.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A result file of {@code weigh} or of the wave job, read (read-only) into memory: its cells, its
 * strata, its run and the checksums of its response inputs (every input but the spec and the frame).
 */
public record ResultFile(Path path, Map<CellKey, Cell> cells, List<String> strataColumns, List<StratumRow> strata,
                         Set<String> responseChecksums, @Nullable String runId, @Nullable String method) {

    public static ResultFile read(Path path) {
        if (!Files.exists(path)) {
            throw new CompareException(path + " does not exist");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new CompareException(path + " is not a readable file");
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), readOnly);
        } catch (SQLException e) {
            throw new CompareException(path + " is not a result file of weegschaal (not a DuckDB database: "
                    + firstLine(e) + ")", e);
        }
        try (connection) {
            Set<String> tables = tables(connection);
            if (!tables.contains("estimates")) {
                throw new CompareException(path + " is not a result file of weegschaal: it has no estimates table");
            }
            Map<CellKey, Cell> cells = cells(connection);
            List<String> strataColumns = tables.contains("strata") ? strataColumns(connection) : List.of();
            List<StratumRow> strata = strataColumns.isEmpty() ? List.of() : strata(connection, strataColumns);
            Set<String> checksums = checksums(connection, tables);
            String runId = null;
            String method = null;
            if (tables.contains("runs")) {
                Set<String> runColumns = columns(connection, "runs");
                runId = runColumns.contains("run_id") ? first(connection, "SELECT run_id FROM runs") : null;
                method = runColumns.contains("method") ? first(connection, "SELECT method FROM runs") : null;
            }
            return new ResultFile(path, cells, strataColumns, strata, checksums, runId, method);
        } catch (SQLException e) {
            throw new CompareException("cannot read " + path + ": " + firstLine(e), e);
        }
    }

    private static Map<CellKey, Cell> cells(Connection connection) throws SQLException {
        Map<CellKey, Cell> cells = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT variable, level, domain_var, domain_value, estimate, se, n_unweighted FROM estimates "
                        + "ORDER BY rowid")) {
            while (r.next()) {
                CellKey key = new CellKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
                cells.put(key, new Cell(nullableDouble(r, 5), nullableDouble(r, 6), nullableLong(r, 7)));
            }
        }
        return cells;
    }

    /** The strata columns: every column of {@code strata} before {@code population}. */
    private static List<String> strataColumns(Connection connection) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'strata' "
                        + "AND table_schema = 'main' ORDER BY ordinal_position")) {
            while (r.next() && !r.getString(1).equals("population")) {
                columns.add(r.getString(1));
            }
        }
        return columns;
    }

    private static List<StratumRow> strata(Connection connection, List<String> columns) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String column : columns) {
            sql.append('"').append(column.replace("\"", "\"\"")).append("\", ");
        }
        sql.append("population, respondents, weight FROM strata ORDER BY rowid");
        List<StratumRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            while (r.next()) {
                List<String> key = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    key.add(String.valueOf(r.getString(i)));
                }
                int c = columns.size();
                rows.add(new StratumRow(List.copyOf(key), nullableDouble(r, c + 1), r.getLong(c + 2),
                        nullableDouble(r, c + 3)));
            }
        }
        return rows;
    }

    /** SHA-256 of every input that holds responses: {@code inputs} rows other than spec and frame. */
    private static Set<String> checksums(Connection connection, Set<String> tables) throws SQLException {
        Set<String> checksums = new TreeSet<>();
        if (tables.contains("inputs")) {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT sha256 FROM inputs WHERE role NOT IN ('spec', 'frame')")) {
                while (r.next()) {
                    checksums.add(r.getString(1));
                }
            }
        } else if (tables.contains("runs") && columns(connection, "runs").contains("responses_sha256")) {
            String sha = first(connection, "SELECT responses_sha256 FROM runs");
            if (sha != null) {
                checksums.add(sha);
            }
        }
        return checksums;
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    private static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = '"
                        + table + "'")) {
            while (r.next()) {
                columns.add(r.getString(1));
            }
        }
        return columns;
    }

    private static @Nullable String first(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static @Nullable Double nullableDouble(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }

    private static @Nullable Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
