package nl.weegschaal.publish.catalog;

import static nl.weegschaal.store.RunStore.literal;
import static nl.weegschaal.store.RunStore.quote;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.store.RunStore;

/**
 * The views of the catalog's main schema over all waves, one per result table: the wave and its fieldwork
 * first, then the table's own columns, stacked by name (UNION ALL BY NAME) so that waves whose tables differ
 * in columns still stack. Rebuilt from the {@code waves} table at every registration and removal; a view no
 * wave has a table for is dropped.
 */
final class CatalogViews {
    /** The result tables the catalog copies and shows over all waves, in CATALOG.md's order. */
    static final List<String> TABLES = List.of("estimates", "weights", "strata", "weight_diagnostics", "runs",
            "codebook", "breakdowns");
    /** The columns the views put first; a table's own column of that name (runs.wave) gives way to them. */
    private static final List<String> WAVE_COLUMNS = List.of("wave", "fieldwork_from", "fieldwork_to");

    private CatalogViews() {
    }

    /** Rebuilds every view from {@code waves}, in their order. */
    static void rebuild(Connection connection, List<CatalogWave> waves) throws SQLException {
        Map<String, List<String>> columns = allColumns(connection);
        for (String table : TABLES) {
            List<String> parts = new ArrayList<>();
            for (CatalogWave wave : waves) {
                List<String> own = columns.get(wave.schemaName() + "." + table);
                if (own != null) {
                    parts.add(select(wave, table, own));
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute(parts.isEmpty() ? "DROP VIEW IF EXISTS main." + table
                        : "CREATE OR REPLACE VIEW main." + table + " AS " + String.join(" UNION ALL BY NAME ", parts));
            }
        }
    }

    /**
     * Per table of the catalog ({@code schema.table}), its columns in order: read once for all waves, as
     * reading DuckDB's list of columns costs the same for one table as for all.
     */
    private static Map<String, List<String>> allColumns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT schema_name || '.' || table_name, column_name FROM duckdb_columns() "
                     + "WHERE database_name = current_database() AND NOT internal ORDER BY schema_name, table_name, "
                     + "column_index")) {
            while (r.next()) {
                columns.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
            }
        }
        return columns;
    }

    /** Whether the schema {@code schema} holds the table {@code table}. */
    static boolean has(Connection connection, String schema, String table) throws SQLException {
        return !DuckDbNames.strings(connection, "SELECT table_name FROM duckdb_tables() WHERE database_name = "
                + "current_database() AND schema_name = " + literal(schema) + " AND table_name = " + literal(table))
                .isEmpty();
    }

    /** The columns of {@code schema.table}, in order. */
    static List<String> columns(Connection connection, String schema, String table) throws SQLException {
        return DuckDbNames.strings(connection, "SELECT column_name FROM duckdb_columns() WHERE database_name = "
                + "current_database() AND schema_name = " + literal(schema) + " AND table_name = " + literal(table)
                + " ORDER BY column_index");
    }

    private static String select(CatalogWave wave, String table, List<String> columns) {
        List<String> clashing = columns.stream().filter(WAVE_COLUMNS::contains).map(RunStore::quote).toList();
        return "SELECT w.wave, w.fieldwork_from, w.fieldwork_to, t.*"
                + (clashing.isEmpty() ? "" : " EXCLUDE (" + String.join(", ", clashing) + ")")
                + " FROM main.waves w, " + quote(wave.schemaName()) + "." + quote(table)
                + " t WHERE w.wave = " + literal(wave.wave());
    }
}
