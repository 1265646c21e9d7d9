package nl.weegschaal.publish.duckdb;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/** One table of the result file: its DDL and its bulk load. */
interface ResultTable {
    String createSql(WeighResult result);

    void append(DuckDBConnection connection, WeighResult result) throws SQLException;

    /** Runs one DDL statement. */
    static void execute(DuckDBConnection connection, String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code "a" VARCHAR, "b" VARCHAR} for text columns. */
    static String textColumns(List<String> names) {
        return names.stream().map(n -> quote(n) + " VARCHAR").collect(Collectors.joining(", "));
    }

    static void appendNullable(DuckDBAppender appender, @Nullable Double value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
    }

    static void appendNullable(DuckDBAppender appender, @Nullable String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}
