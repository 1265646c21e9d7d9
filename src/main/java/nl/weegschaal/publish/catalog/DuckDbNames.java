package nl.weegschaal.publish.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Quoting of DuckDB names and literals, and the one-column queries the catalog asks of its own tables. */
final class DuckDbNames {
    private DuckDbNames() {
    }

    /** {@code name} as a quoted identifier ({@code "wave-2024"}). */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code text} as a string literal. */
    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /** The first column of every row of {@code sql}, as text. */
    static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
