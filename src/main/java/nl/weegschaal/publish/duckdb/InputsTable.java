package nl.weegschaal.publish.duckdb;

import java.sql.SQLException;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.publish.RunRecord;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** {@code inputs}: one row per input file of the run, with its full path, size and SHA-256. */
public final class InputsTable {

    /** Writes the run's row into a new {@code inputs} table. */
    public static void write(DuckDBConnection connection, RunRecord run) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(createSql(run));
        }
        append(connection, run);
    }

    static String createSql(RunRecord run) {
        return "CREATE TABLE inputs (run_id VARCHAR NOT NULL, role VARCHAR NOT NULL, file_name VARCHAR NOT NULL, "
                + "path VARCHAR NOT NULL, bytes BIGINT NOT NULL, sha256 VARCHAR NOT NULL)";
    }

    static void append(DuckDBConnection connection, RunRecord run) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "inputs")) {
            for (InputFile input : run.inputs()) {
                appender.beginRow().append(run.runId()).append(input.role())
                        .append(input.path().getFileName().toString()).append(input.path().toString())
                        .append(input.bytes()).append(input.sha256()).endRow();
            }
        }
    }
}
