package nl.weegschaal.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.weegschaal.job.WaveJobConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * One run of a wave (or of {@code weigh} writing one result) at a time among all machines that share
 * a PostgreSQL job repository.
 *
 * <p>{@link OutputLock} locks a file on this machine (a wave's in its output folder), which machines
 * sharing a repository do not share, and Spring Batch itself does not refuse two concurrent restarts
 * of one failed job instance (it checks for a running execution, then inserts its own, with nothing in
 * between). So when the repository is PostgreSQL, a run also takes a session-level advisory lock keyed
 * by the job and the wave (for {@code weigh}: the result's full path), on a connection of its own (not
 * one of the pool's, which would hand the lock to
 * whoever borrows it next), before it reads or changes the repository. The lock is held until the
 * run's context closes; when the process dies, its connection dies and PostgreSQL releases the lock,
 * so a killed run never blocks the next one, and whoever holds the lock may treat an execution that
 * the repository still records as running as dead. With H2 (a file of the result's own, so already
 * covered by its lock file) nothing is done.
 */
public final class RepositoryLock {
    static final String POSTGRESQL = "jdbc:postgresql:";

    private RepositoryLock() {
    }

    /**
     * Takes the lock of the job {@code job}'s runs on {@code name} in the context's job repository if
     * that is PostgreSQL and holds it until the context closes; throws {@link AlreadyRunningException},
     * saying that another run of {@code what} holds it, if another run does.
     */
    static void holdWhileOpen(ConfigurableApplicationContext context, String job, String name, String what) {
        DataSourceProperties properties = context.getBean(DataSourceProperties.class);
        String url = properties.determineUrl();
        if (url == null || !url.startsWith(POSTGRESQL)) {
            return;
        }
        Connection connection = connect(properties, url);
        boolean locked = false;
        try {
            locked = tryLock(connection, key(job, name));
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("cannot lock " + what + " in the PostgreSQL job repository "
                    + where(url) + ": " + e.getMessage(), e);
        } finally {
            if (!locked) {
                close(connection);
            }
        }
        if (!locked) {
            throw new AlreadyRunningException("another run of " + what + " is in progress (the PostgreSQL "
                    + "job repository " + where(url) + " holds its lock); this one did nothing");
        }
        context.addApplicationListener((ContextClosedEvent closed) -> close(connection));
    }

    /** The advisory lock's key for the runs of the wave {@code wave}. */
    public static long key(String wave) {
        return key(WaveJobConfiguration.JOB_NAME, wave);
    }

    /**
     * The advisory lock's key: the first 8 bytes of the SHA-256 of the job's name and {@code name},
     * so that it is the same on every machine and unlikely to meet another application's key.
     */
    static long key(String job, String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("weegschaal/" + job + "/" + name)
                    .getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                key = (key << 8) | (hash[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Connection connect(DataSourceProperties properties, String url) {
        try {
            return properties.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build()
                    .getConnection();
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("cannot connect to the PostgreSQL job repository "
                    + where(url) + ": " + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
            // the connection is idle for the whole run: a server-wide idle timeout must not end it
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET idle_session_timeout = 0");
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Closing the session releases its advisory locks. */
    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the session is gone either way, and with it the lock
        }
    }

    /** The repository's address without its options, which may carry a password. */
    private static String where(String url) {
        int options = url.indexOf('?');
        return options < 0 ? url : url.substring(0, options);
    }
}
