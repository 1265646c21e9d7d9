package nl.weegschaal.publish.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.weegschaal.publish.OutputException;

/**
 * A fingerprint of each table of a result file: its rows and a hash of its content in a fixed
 * order, so that two results can be checked for being the same (a re-run, a restarted run, a run
 * on another machine) without opening them side by side. The {@code runs} and {@code inputs}
 * tables are left out: they record when and where a run happened, which differs between equal
 * results.
 */
public final class ResultDigest {
    /** Tables that describe the run rather than its results. */
    public static final Set<String> ABOUT_THE_RUN = Set.of("runs", "inputs");

    /** One table's fingerprint. */
    public record TableDigest(String table, long rows, String md5) {
    }

    private ResultDigest() {
    }

    /**
     * The fingerprints of every table of {@code file} but {@link #ABOUT_THE_RUN}, by table name: the
     * MD5 of the rows, each written as text ({@code {'col': value, ...}}, doubles in their shortest
     * exact form), in the order of that text.
     */
    public static List<TableDigest> of(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OutputException(file + " does not exist or is not a file");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(),
                readOnly()); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'main' ORDER BY table_name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            List<TableDigest> digests = new ArrayList<>();
            for (String table : tables) {
                if (!ABOUT_THE_RUN.contains(table)) {
                    digests.add(digest(statement, table));
                }
            }
            return digests;
        } catch (SQLException e) {
            throw new OutputException("cannot read the result file " + file + ": " + e.getMessage(), e);
        }
    }

    private static TableDigest digest(Statement statement, String table) throws SQLException {
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        try (ResultSet r = statement.executeQuery("SELECT count(*), coalesce(md5(string_agg(row_text, chr(10) "
                + "ORDER BY row_text)), md5('')) FROM (SELECT t::VARCHAR AS row_text FROM " + quoted + " AS t)")) {
            r.next();
            return new TableDigest(table, r.getLong(1), r.getString(2));
        }
    }

    private static java.util.Properties readOnly() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("duckdb.read_only", "true");
        return properties;
    }
}
