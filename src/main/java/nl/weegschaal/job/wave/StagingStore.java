package nl.weegschaal.job.wave;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import nl.weegschaal.ingest.HarmonisedRecord;
import nl.weegschaal.ingest.Harmoniser;
import nl.weegschaal.ingest.Reject;
import nl.weegschaal.publish.OutputException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The wave job's work store: a DuckDB file beside the result ({@code .<wave>.staging.duckdb}) that
 * holds what each step produced, so that a restarted run continues from the step that failed.
 * Every step replaces its own tables, so running a step again gives the same tables.
 */
final class StagingStore implements AutoCloseable {
    static final String RESPONSES = "staged_responses";
    static final String REJECTS = "staged_rejects";

    private final DuckDBConnection connection;

    private StagingStore(DuckDBConnection connection) {
        this.connection = connection;
    }

    static Path file(Path outputDir, String wave) {
        return outputDir.resolve("." + wave + ".staging.duckdb");
    }

    /**
     * The finished result of a run, waiting beside the published one until its workbook is written
     * too, so that the result and the workbook in the output folder always come from the same run.
     */
    static Path pendingResult(Path outputDir, String wave) {
        return outputDir.resolve("." + wave + ".pending.duckdb");
    }

    static StagingStore open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            return new StagingStore(c.unwrap(DuckDBConnection.class));
        } catch (Exception e) {
            throw new OutputException("cannot open the work file " + file + ": " + e.getMessage(), e);
        }
    }

    DuckDBConnection connection() {
        return connection;
    }

    /**
     * Creates the ingest tables once; field columns are text. Every record read is staged, also one
     * with problems ({@code rejected}), so that the strata step can add its own problems to it; each
     * problem is a row of the rejects, numbered within its record ({@code problem}) to keep their order.
     */
    void createIngestTables(List<String> fields) throws SQLException {
        String columns = fields.stream().map(StagingStore::quote).map(c -> c + " VARCHAR")
                .collect(Collectors.joining(", "));
        execute("CREATE TABLE IF NOT EXISTS " + RESPONSES + " (input VARCHAR, input_order INTEGER, source VARCHAR, "
                + "line BIGINT, id VARCHAR, mode VARCHAR, rejected BOOLEAN, " + columns + ")");
        execute("CREATE TABLE IF NOT EXISTS " + REJECTS + " (input VARCHAR, input_order INTEGER, source VARCHAR, "
                + "line BIGINT, problem INTEGER, respondent_id VARCHAR, field VARCHAR, value VARCHAR, reason VARCHAR)");
    }

    /** Removes what an earlier, interrupted attempt staged for an input. */
    void clearInput(String input) throws SQLException {
        for (String table : List.of(RESPONSES, REJECTS)) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE input = ?")) {
                delete.setString(1, input);
                delete.executeUpdate();
            }
        }
    }

    /** Stages harmonised records and their problems. */
    void append(String input, int order, List<Harmoniser.Outcome> outcomes) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, RESPONSES)) {
            for (Harmoniser.Outcome outcome : outcomes) {
                HarmonisedRecord r = outcome.record();
                appender.beginRow().append(input).append(order).append(r.source()).append(r.line());
                nullable(appender, r.id());
                appender.append(r.mode()).append(!outcome.accepted());
                for (String value : r.values()) {
                    if (value == null) {
                        appender.appendNull();
                    } else {
                        appender.append(value);
                    }
                }
                appender.endRow();
            }
        }
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, REJECTS)) {
            for (Harmoniser.Outcome outcome : outcomes) {
                for (int problem = 0; problem < outcome.rejects().size(); problem++) {
                    Reject reject = outcome.rejects().get(problem);
                    appender.beginRow().append(input).append(order).append(reject.source()).append(reject.line())
                            .append(problem);
                    nullable(appender, reject.respondentId());
                    appender.append(reject.field());
                    nullable(appender, reject.value());
                    appender.append(reject.reason()).endRow();
                }
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void nullable(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the work file is re-created by a restart if it is damaged
        }
    }
}
