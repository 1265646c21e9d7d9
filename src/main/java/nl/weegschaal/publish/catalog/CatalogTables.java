package nl.weegschaal.publish.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The catalog's own tables, {@code waves} and {@code changes} (CATALOG.md): created in a new catalog, checked in
 * an existing one, so that a DuckDB file that is something else is refused instead of being written into.
 */
final class CatalogTables {
    static final String WAVES = "CREATE TABLE waves (wave VARCHAR PRIMARY KEY, survey VARCHAR, fieldwork_from DATE, "
            + "fieldwork_to DATE, result_file VARCHAR, result_bytes BIGINT, result_sha256 VARCHAR, run_id VARCHAR, "
            + "method VARCHAR, registered_at TIMESTAMP, schema_name VARCHAR)";
    static final String CHANGES = "CREATE TABLE changes (wave_from VARCHAR, wave_to VARCHAR, variable VARCHAR, "
            + "level VARCHAR, domain_var VARCHAR, domain_value VARCHAR, estimate_from DOUBLE, estimate_to DOUBLE, "
            + "difference DOUBLE, se_difference DOUBLE, ci_low DOUBLE, ci_high DOUBLE, p_value DOUBLE, "
            + "significant BOOLEAN, n_both BIGINT, comparison VARCHAR, note VARCHAR)";
    private static final Set<String> WAVES_COLUMNS = Set.of("wave", "survey", "fieldwork_from", "fieldwork_to",
            "result_file", "result_bytes", "result_sha256", "run_id", "method", "registered_at", "schema_name");

    private CatalogTables() {
    }

    /** Creates the tables in a catalog that has none yet; refuses a database that holds anything else. */
    static void prepare(Connection connection, Path file) throws SQLException {
        List<String> tables = mainTables(connection);
        if (tables.isEmpty()) {
            try (Statement s = connection.createStatement()) {
                s.execute(WAVES);
                s.execute(CHANGES);
            }
            return;
        }
        check(connection, file, tables);
    }

    /** Refuses a database that is not a catalog: no {@code waves} table with the catalog's columns. */
    static void check(Connection connection, Path file, List<String> tables) throws SQLException {
        if (!tables.contains("waves")) {
            throw new CatalogException(file + " is a DuckDB database but not a wave catalog (it has "
                    + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                    + (tables.size() > 5 ? ", ..." : "") + " and no waves table); it was left as it was: move it "
                    + "away, or write the results to another output folder (spec key output.dir)");
        }
        List<String> columns = DuckDbNames.strings(connection, "SELECT column_name FROM duckdb_columns() "
                + "WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'waves'");
        if (!columns.containsAll(WAVES_COLUMNS) || !tables.contains("changes")) {
            List<String> missing = new ArrayList<>(WAVES_COLUMNS);
            missing.removeAll(columns);
            throw new CatalogException(file + " has a waves table but is not a wave catalog (missing: "
                    + (missing.isEmpty() ? "the changes table" : "the columns " + String.join(", ", missing))
                    + "); it was left as it was");
        }
    }

    /** The tables and views of the catalog's main schema. */
    static List<String> mainTables(Connection connection) throws SQLException {
        return DuckDbNames.strings(connection, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY table_name");
    }
}
