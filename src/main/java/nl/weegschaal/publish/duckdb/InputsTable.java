package nl.weegschaal.publish.duckdb;

import java.sql.SQLException;
import nl.weegschaal.ingest.InputFile;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** {@code inputs}: one row per input file of the run, with its full path, size and SHA-256. */
final class InputsTable implements ResultTable {
    @Override
    public String createSql(WeighResult result) {
        return "CREATE TABLE inputs (run_id VARCHAR NOT NULL, role VARCHAR NOT NULL, file_name VARCHAR NOT NULL, "
                + "path VARCHAR NOT NULL, bytes BIGINT NOT NULL, sha256 VARCHAR NOT NULL)";
    }

    @Override
    public void append(DuckDBConnection connection, WeighResult result) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "inputs")) {
            for (InputFile input : result.run().inputs()) {
                appender.beginRow().append(result.run().runId()).append(input.role())
                        .append(input.path().getFileName().toString()).append(input.path().toString())
                        .append(input.bytes()).append(input.sha256()).endRow();
            }
        }
    }
}
