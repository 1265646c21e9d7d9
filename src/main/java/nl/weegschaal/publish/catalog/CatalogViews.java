package nl.weegschaal.publish.catalog;

import static nl.weegschaal.store.RunStore.literal;
import static nl.weegschaal.store.RunStore.quote;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
        for (String table : TABLES) {
            List<String> parts = new ArrayList<>();
            for (CatalogWave wave : waves) {
                if (has(connection, wave.schemaName(), table)) {
                    parts.add(select(connection, wave, table));
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute(parts.isEmpty() ? "DROP VIEW IF EXISTS main." + table
                        : "CREATE OR REPLACE VIEW main." + table + " AS " + String.join(" UNION ALL BY NAME ", parts));
            }
        }
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

    private static String select(Connection connection, CatalogWave wave, String table) throws SQLException {
        List<String> clashing = columns(connection, wave.schemaName(), table).stream()
                .filter(WAVE_COLUMNS::contains).map(RunStore::quote).toList();
        return "SELECT w.wave, w.fieldwork_from, w.fieldwork_to, t.*"
                + (clashing.isEmpty() ? "" : " EXCLUDE (" + String.join(", ", clashing) + ")")
                + " FROM main.waves w, " + quote(wave.schemaName()) + "." + quote(table)
                + " t WHERE w.wave = " + literal(wave.wave());
    }
}
