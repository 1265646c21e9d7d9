package nl.weegschaal.result;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.weighting.WeightDiagnostic;
import org.jspecify.annotations.Nullable;

/**
 * How {@link ResultReader} runs a query and turns each row into a value; numbers the file leaves
 * empty stay null where a value type allows it.
 */
final class ResultRows {
    /** Reads one row of a result set. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private ResultRows() {
    }

    /** The rows of a query, each read by {@code reader}, in the query's order. */
    static <T> List<T> of(Connection connection, String sql, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(reader.read(r));
            }
        }
        return rows;
    }

    /** variable, level, domain_var, domain_value, estimate, se, n_unweighted. */
    static Map.Entry<CellKey, Cell> cell(ResultSet r) throws SQLException {
        return Map.entry(new CellKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                new Cell(nullableDouble(r, 5), nullableDouble(r, 6), nullableLong(r, 7)));
    }

    /** variable, level, domain_var, domain_value, reliability. */
    static Map.Entry<CellKey, String> reliability(ResultSet r) throws SQLException {
        return Map.entry(new CellKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                String.valueOf(r.getString(5)));
    }

    /** variable, level, domain_var, domain_value, estimate, ci_lower, ci_upper, n_unweighted, reliability, reason. */
    static Map.Entry<CellKey, PublishedCell> published(ResultSet r) throws SQLException {
        return Map.entry(new CellKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                new PublishedCell(nullableDouble(r, 5), nullableDouble(r, 6), nullableDouble(r, 7), nullableLong(r, 8),
                        Reliability.of(r.getString(9)), r.getString(10)));
    }

    /** The values of {@code columns} strata columns, then population, respondents, weight. */
    static StratumRow stratum(ResultSet r, int columns) throws SQLException {
        List<String> key = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
            key.add(String.valueOf(r.getString(i)));
        }
        return new StratumRow(List.copyOf(key), nullableDouble(r, columns + 1), r.getLong(columns + 2),
                nullableDouble(r, columns + 3));
    }

    /** The columns of {@code weight_diagnostics} in the order of {@link WeightDiagnostic}'s components. */
    static WeightDiagnostic diagnostic(ResultSet r) throws SQLException {
        return new WeightDiagnostic(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4), r.getDouble(5),
                r.getDouble(6), r.getDouble(7), r.getDouble(8), r.getDouble(9), r.getDouble(10), r.getString(11));
    }

    /** A text and a count (an entry that, unlike {@code Map.entry}, takes a null text as the old readers did). */
    static Map.Entry<String, Long> count(ResultSet r) throws SQLException {
        return new AbstractMap.SimpleImmutableEntry<>(r.getString(1), r.getLong(2));
    }

    /** Two texts, e.g. a table and one of its columns. */
    static Map.Entry<String, String> pair(ResultSet r) throws SQLException {
        return Map.entry(r.getString(1), r.getString(2));
    }

    static String text(ResultSet r) throws SQLException {
        return r.getString(1);
    }

    static @Nullable Double nullableDouble(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }

    static @Nullable Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    static @Nullable Boolean nullableBoolean(ResultSet r, int column) throws SQLException {
        boolean value = r.getBoolean(column);
        return r.wasNull() ? null : value;
    }
}
