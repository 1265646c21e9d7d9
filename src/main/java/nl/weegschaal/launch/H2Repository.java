package nl.weegschaal.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.dao.AbstractJdbcBatchMetadataDao;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The default job repository (an H2 file of a result's own) reached without a Spring context, for
 * commands that only read it: the context takes longer to start than {@code status} or a check for a
 * completed run takes to read. It connects with the URL, user and password application.properties gives
 * Spring, and reads through Spring Batch's own JDBC job repository on that one connection, so that what
 * it reads is what a run's context would read. A repository named by SPRING_DATASOURCE_URL (PostgreSQL)
 * is not the default: those commands then start Spring's context as a run does.
 */
final class H2Repository {
    private static final Properties SPRING = springProperties();

    /** Reads from the repository, given Spring Batch's view of it and its tables with their prefix. */
    @FunctionalInterface
    interface Reading<T> {
        T read(JobRepository repository, JdbcTemplate tables, String tablePrefix) throws Exception;
    }

    private H2Repository() {
    }

    /** Whether the job repositories are the default H2 files: no other data source is configured. */
    static boolean isDefault() {
        return System.getenv("SPRING_DATASOURCE_URL") == null && System.getProperty("spring.datasource.url") == null;
    }

    /** Reads from the repository file {@code repository} (which must exist) on one connection. */
    static <T> T read(Path repository, Reading<T> work) throws Exception {
        try (Connection connection = connect(repository)) {
            SingleConnectionDataSource source = new SingleConnectionDataSource(connection, true);
            String prefix = tablePrefix();
            JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
            factory.setDataSource(source);
            factory.setTransactionManager(new DataSourceTransactionManager(source));
            factory.setDatabaseType("H2");
            factory.setTablePrefix(prefix);
            factory.afterPropertiesSet();
            return work.read(factory.getObject(), new JdbcTemplate(source), prefix);
        }
    }

    /** The prefix of Spring Batch's table names, as application.properties gives it (or Spring Batch's default). */
    static String tablePrefix() {
        return SPRING.getProperty("spring.batch.jdbc.table-prefix", AbstractJdbcBatchMetadataDao.DEFAULT_TABLE_PREFIX);
    }

    /**
     * A connection by H2's driver itself to an existing repository file: {@link java.sql.DriverManager}
     * first loads every driver on the class path, among them DuckDB's, whose native library a background
     * thread may be loading at this moment.
     */
    static Connection connect(Path repository) throws SQLException {
        String url = SPRING.getProperty("spring.datasource.url").replace("${weegschaal.repository}",
                repository.toAbsolutePath().normalize().toString()) + ";IFEXISTS=TRUE";
        Properties user = new Properties();
        user.setProperty("user", SPRING.getProperty("spring.datasource.username", ""));
        user.setProperty("password", SPRING.getProperty("spring.datasource.password", ""));
        Connection connection = new org.h2.Driver().connect(url, user);
        if (connection == null) {
            throw new SQLException("H2 does not take the URL " + url);
        }
        return connection;
    }

    private static Properties springProperties() {
        Properties spring = new Properties();
        try (InputStream in = H2Repository.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the class path");
            }
            spring.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("application.properties cannot be read", e);
        }
        return spring;
    }
}
