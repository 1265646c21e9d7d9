package nl.weegschaal.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import nl.weegschaal.store.RunStore;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The connection publish writes a run's result with: its tables made by plain names go into the new
 * result file, and the run's work store is read as {@value RunStore#STAGING}. A wave's work store is a
 * file, released by its run and attached read-only to a connection of the result file; a store in memory
 * ({@code weigh}'s) is the database of its own connection, to which the result file is attached and
 * made the one written to, and detached again when publish is done, so that the file is complete and
 * closed before it is moved into place.
 */
final class ResultConnection implements AutoCloseable {
    private static final String PUBLISHED = "published";

    private final DuckDBConnection connection;
    private final @Nullable RunStore store;
    private boolean stagingAttached;

    private ResultConnection(DuckDBConnection connection, @Nullable RunStore store, boolean stagingAttached) {
        this.connection = connection;
        this.store = store;
        this.stagingAttached = stagingAttached;
    }

    /** A connection that writes {@code file}, with the run's work store readable as {@value RunStore#STAGING}. */
    static ResultConnection open(RunContext run, Path file) throws SQLException {
        if (run.inMemory()) {
            RunStore store = run.store();
            try {
                store.execute("ATTACH " + RunStore.literal(file.toString()) + " AS " + PUBLISHED);
                store.execute("USE " + PUBLISHED);
                return new ResultConnection(store.connection(), store, false);
            } catch (SQLException e) {
                store.close();
                throw e;
            }
        }
        Path staging = run.workFile().toAbsolutePath();
        run.releaseStore();
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ATTACH " + RunStore.literal(staging.toString()) + " AS " + RunStore.STAGING
                    + " (READ_ONLY)");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new ResultConnection(connection.unwrap(DuckDBConnection.class), null, true);
    }

    DuckDBConnection connection() {
        return connection;
    }

    /** Lets an attached work store go once everything has been read from it. */
    void detachStaging() throws SQLException {
        if (stagingAttached) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DETACH " + RunStore.STAGING);
            }
            stagingAttached = false;
        }
    }

    /** Closes the result file: its checkpoint written, detached from a store in memory, whose connection is closed. */
    @Override
    public void close() throws SQLException {
        if (store == null) {
            connection.close();
            return;
        }
        try {
            store.execute("USE " + RunStore.STAGING);
            store.execute("DETACH " + PUBLISHED);
        } finally {
            store.close();
        }
    }
}
