package nl.weegschaal.publish.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A connection to a catalog file, held by this process alone for writing. DuckDB lets one process write a
 * database file at a time and refuses the others at once ("Could not set lock on file"); two runs that finish
 * together (two waves in one output folder) must both register, so the connection is retried for a bounded
 * time and then refused naming the file and that another process holds it. Within one process DuckDB shares
 * the database between connections, whose transactions would conflict instead: writers there take turns on a
 * lock of their own, with the same bound. A file that is not a DuckDB database is never opened (DuckDB would
 * take an empty one for a new database).
 */
final class CatalogConnection implements AutoCloseable {
    private static final byte[] DUCKDB_MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);
    private static final long RETRY_MILLIS = 200;
    private static final Map<Path, ReentrantLock> WRITERS = new ConcurrentHashMap<>();

    private final Connection connection;
    private final @Nullable ReentrantLock writer;

    private CatalogConnection(Connection connection, @Nullable ReentrantLock writer) {
        this.connection = connection;
        this.writer = writer;
    }

    /** Opens {@code file} (created when it is not there) for writing, waiting up to {@code wait} for other writers. */
    static CatalogConnection forWriting(Path file, Duration wait) {
        checkIsDuckDb(file);
        ReentrantLock writer = WRITERS.computeIfAbsent(file, f -> new ReentrantLock());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!writer.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(file, wait, "another run in this process is registering a wave");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("interrupted while waiting for the wave catalog " + file, e);
        }
        try {
            return new CatalogConnection(open(file, new Properties(), deadline, wait), writer);
        } catch (RuntimeException e) {
            writer.unlock();
            throw e;
        }
    }

    /** Opens an existing catalog {@code file} to read it, waiting up to {@code wait} for a writer to finish. */
    static CatalogConnection forReading(Path file, Duration wait) {
        if (!Files.exists(file)) {
            throw new CatalogException("there is no wave catalog " + file + ": no wave run has registered its wave "
                    + "in that output folder yet");
        }
        checkIsDuckDb(file);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return new CatalogConnection(open(file, readOnly, System.nanoTime() + wait.toNanos(), wait), null);
    }

    Connection connection() {
        return connection;
    }

    private static Connection open(Path file, Properties properties, long deadline, Duration wait) {
        while (true) {
            try {
                return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
            } catch (SQLException e) {
                String message = String.valueOf(e.getMessage());
                if (!message.contains("Could not set lock on file")) {
                    throw new CatalogException("cannot open the wave catalog " + file + ": " + message
                            + "; it was left as it was", e);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw busy(file, wait, "another process holds it (" + holder(message) + ")");
                }
                pause(file);
            }
        }
    }

    private static CatalogException busy(Path file, Duration wait, String why) {
        return new CatalogException("the wave catalog " + file + " is in use: " + why + ", still after waiting "
                + wait.toSeconds() + " s; nothing was registered or removed; try again once that run is done");
    }

    /** DuckDB's words for the holder: "Conflicting lock is held in /usr/bin/java (PID 1234)". */
    private static String holder(String message) {
        int at = message.indexOf("Conflicting lock");
        int end = at < 0 ? -1 : message.indexOf(". ", at);
        return at < 0 ? "DuckDB: " + message : message.substring(at, end < 0 ? message.length() : end);
    }

    private static void pause(Path file) {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("interrupted while waiting for the wave catalog " + file, e);
        }
    }

    /** Refuses a file that is there but is no DuckDB database (e.g. a result of another program). */
    private static void checkIsDuckDb(Path file) {
        if (Files.isDirectory(file)) {
            throw new CatalogException("the wave catalog " + file + " is a folder, not a DuckDB file; "
                    + "it was left as it was");
        }
        if (!Files.exists(file)) {
            return;
        }
        byte[] header = new byte[12];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new CatalogException("cannot read the wave catalog " + file + ": " + e.getMessage(), e);
        }
        if (read < header.length || !Arrays.equals(header, 8, 12, DUCKDB_MAGIC, 0, 4)) {
            throw new CatalogException(file + " is not a wave catalog (not a DuckDB database); it was left as it "
                    + "was: move it away, or write the results to another output folder (spec key output.dir)");
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new CatalogException("cannot close the wave catalog: " + e.getMessage(), e);
        } finally {
            if (writer != null) {
                writer.unlock();
            }
        }
    }
}
