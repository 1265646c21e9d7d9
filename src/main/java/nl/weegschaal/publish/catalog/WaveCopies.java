package nl.weegschaal.publish.catalog;

import static nl.weegschaal.store.RunStore.literal;
import static nl.weegschaal.store.RunStore.quote;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A wave's schema in the catalog: copies of its result's tables (those of {@link CatalogViews#TABLES} the result
 * has), read from the result file attached as {@value #SOURCE}, so that the catalog answers without the wave's
 * file.
 */
final class WaveCopies {
    /** The name under which the result file is attached, read only, during a registration. */
    static final String SOURCE = "wave_result";
    /** Schemas DuckDB keeps for itself: a wave of such a name gets its schema under a prefix. */
    private static final Set<String> RESERVED = Set.of("main", "information_schema", "pg_catalog", "temp", "system");

    private WaveCopies() {
    }

    /** The schema of {@code wave}: its own name, unless DuckDB reserves that name. */
    static String schemaName(String wave) {
        return RESERVED.contains(wave.toLowerCase(Locale.ROOT)) ? "wave_" + wave : wave;
    }

    /** Replaces the schema {@code schema} by copies of the attached result's tables; returns the tables copied. */
    static List<String> copy(Connection connection, @Nullable String earlierSchema, String schema) throws SQLException {
        List<String> tables = DuckDbNames.strings(connection, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_catalog = " + literal(SOURCE) + " AND table_schema = 'main'").stream()
                .filter(CatalogViews.TABLES::contains).toList();
        try (Statement s = connection.createStatement()) {
            if (earlierSchema != null) {
                s.execute("DROP SCHEMA IF EXISTS " + quote(earlierSchema) + " CASCADE");
            }
            s.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
            s.execute("CREATE SCHEMA " + quote(schema));
            for (String table : tables) {
                s.execute("CREATE TABLE " + quote(schema) + "." + quote(table) + " AS SELECT * FROM "
                        + SOURCE + ".main." + quote(table));
            }
        }
        return tables;
    }

    /** The result's run id and method ({@code runs.run_id}, {@code runs.method}), or nulls when it has none. */
    static String[] runIdAndMethod(Connection connection, String schema) throws SQLException {
        if (!CatalogViews.has(connection, schema, "runs")) {
            return new String[2];
        }
        List<String> columns = CatalogViews.columns(connection, schema, "runs");
        String sql = "SELECT " + (columns.contains("run_id") ? "run_id" : "NULL") + ", "
                + (columns.contains("method") ? "method" : "NULL") + " FROM " + quote(schema) + ".runs LIMIT 1";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : new String[2];
        }
    }

    /** The respondents the wave weighed ({@code runs.n_respondents}), or null when its copy does not say. */
    static @Nullable Long respondents(Connection connection, String schema) throws SQLException {
        if (!CatalogViews.has(connection, schema, "runs")
                || !CatalogViews.columns(connection, schema, "runs").contains("n_respondents")) {
            return null;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT n_respondents FROM " + quote(schema) + ".runs LIMIT 1")) {
            return rs.next() ? (Long) rs.getObject(1) : null;
        }
    }
}
