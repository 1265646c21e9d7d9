package nl.weegschaal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own for one test in the PostgreSQL server named by
 * {@code WEEGSCHAAL_TEST_POSTGRES_URL} (started by {@code .ci/run}), so that Spring Batch's schema
 * is created from scratch every time; dropped again on {@link #close()}. {@link #useForRunsInThisJvm()}
 * makes the in-process command line use it as its job repository.
 */
public final class PostgresDatabase implements AutoCloseable {
    public static final String ENABLED_BY = "WEEGSCHAAL_TEST_POSTGRES_URL";
    static final String ADMIN_URL = System.getenv(ENABLED_BY);
    public static final String USER = System.getenv().getOrDefault("WEEGSCHAAL_TEST_POSTGRES_USER", "weegschaal");
    public static final String PASSWORD = System.getenv().getOrDefault("WEEGSCHAAL_TEST_POSTGRES_PASSWORD", "");
    private static final List<String> SPRING_PROPERTIES = List.of("spring.datasource.url",
            "spring.datasource.username", "spring.datasource.password");

    private final String name;
    private final String url;

    private PostgresDatabase(String name) {
        this.name = name;
        this.url = withDatabase(ADMIN_URL, name);
    }

    public static PostgresDatabase create() throws SQLException {
        String name = "weegschaal_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new PostgresDatabase(name);
    }

    /** The JDBC URL with another database: jdbc:postgresql://host:port/DB?options. */
    public static String withDatabase(String jdbcUrl, String database) {
        int hostStart = jdbcUrl.indexOf("//") + 2;
        int slash = jdbcUrl.indexOf('/', hostStart);
        int query = jdbcUrl.indexOf('?', hostStart);
        String head = slash < 0 || (query >= 0 && query < slash)
                ? jdbcUrl.substring(0, query < 0 ? jdbcUrl.length() : query) : jdbcUrl.substring(0, slash);
        return head + "/" + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    public String url() {
        return url;
    }

    /** The settings a child JVM gets to use this database, as the README tells operators to set them. */
    public Map<String, String> environment() {
        return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", USER,
                "SPRING_DATASOURCE_PASSWORD", PASSWORD);
    }

    /** Makes runs of the command line in this JVM use this database as their job repository. */
    public PostgresDatabase useForRunsInThisJvm() {
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", USER);
        System.setProperty("spring.datasource.password", PASSWORD);
        return this;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    public List<Map<String, Object>> sql(String query) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<Map<String, Object>> out = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getObject(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    /** The single value of a query that returns one row with one column. */
    public Object single(String query) throws SQLException {
        return sql(query).get(0).values().iterator().next();
    }

    public int update(String statement) throws SQLException {
        try (Connection connection = connect(); Statement s = connection.createStatement()) {
            return s.executeUpdate(statement);
        }
    }

    public List<String> batchTables() throws SQLException {
        return sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_name LIKE 'batch\\_%' ORDER BY 1").stream().map(r -> (String) r.get("table_name")).toList();
    }

    @Override
    public void close() throws SQLException {
        SPRING_PROPERTIES.forEach(System::clearProperty);
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
