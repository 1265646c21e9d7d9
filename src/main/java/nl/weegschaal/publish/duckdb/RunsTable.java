package nl.weegschaal.publish.duckdb;

import java.sql.SQLException;
import java.util.Map;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.publish.RunRecord;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code runs}: one row for the run: id, times, product version, every parameter as a column,
 * each input's name, size and SHA-256, and row counts.
 */
public final class RunsTable {

    /** Writes the run's row into a new {@code runs} table. */
    public static void write(DuckDBConnection connection, RunRecord run) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(createSql(run));
        }
        append(connection, run);
    }

    static String createSql(RunRecord run) {
        StringBuilder sql = new StringBuilder("CREATE TABLE runs (run_id VARCHAR NOT NULL, job_execution_id BIGINT, "
                + "started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP NOT NULL, product_version VARCHAR NOT NULL");
        for (String name : run.parameters().keySet()) {
            sql.append(", ").append(quote(name)).append(" VARCHAR");
        }
        for (InputFile input : run.inputs()) {
            sql.append(", ").append(quote(input.role() + "_file")).append(" VARCHAR, ")
                    .append(quote(input.role() + "_bytes")).append(" BIGINT, ")
                    .append(quote(input.role() + "_sha256")).append(" VARCHAR");
        }
        for (String count : run.counts().keySet()) {
            sql.append(", ").append(quote(count)).append(" BIGINT");
        }
        return sql.append(")").toString();
    }

    static void append(DuckDBConnection connection, RunRecord run) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "runs")) {
            appender.beginRow().append(run.runId()).append(run.jobExecutionId()).append(run.startedAt())
                    .append(run.finishedAt()).append(run.productVersion());
            for (Map.Entry<String, String> parameter : run.parameters().entrySet()) {
                appender.append(parameter.getValue());
            }
            for (InputFile input : run.inputs()) {
                appender.append(input.path().getFileName().toString()).append(input.bytes()).append(input.sha256());
            }
            for (long count : run.counts().values()) {
                appender.append(count);
            }
            appender.endRow();
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
