package nl.weegschaal.publish.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Loads DuckDB's native library on a background thread while the rest of the program starts, so
 * that the first result write does not pay for unpacking and loading it.
 */
public final class DuckDbWarmUp {
    private DuckDbWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(DuckDbWarmUp::load, "duckdb-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load() {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            connection.isValid(1);
        } catch (SQLException e) {
            // the real write will report the problem with the file it concerns
        }
    }
}
