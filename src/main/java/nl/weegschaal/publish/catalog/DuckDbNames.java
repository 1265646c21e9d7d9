package nl.weegschaal.publish.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The one-column queries the catalog asks of its own tables (names and literals are quoted by {@link nl.weegschaal.store.RunStore}). */
final class DuckDbNames {
    private DuckDbNames() {
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
