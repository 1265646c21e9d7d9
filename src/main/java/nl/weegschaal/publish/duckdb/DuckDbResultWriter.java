package nl.weegschaal.publish.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.weegschaal.publish.AtomicOutput;
import nl.weegschaal.weighting.WeightDiagnostic;
import org.duckdb.DuckDBConnection;

/**
 * Writes a run's result as one DuckDB file, bulk-loaded with DuckDB's appender, atomically: the
 * file appears complete or not at all. Tables: {@code estimates}, {@code weights}, {@code strata},
 * {@code inputs}, {@code runs}, {@code weight_diagnostics}.
 */
public final class DuckDbResultWriter {

    public void write(Path target, WeighResult result, List<WeightDiagnostic> diagnostics) {
        AtomicOutput.write(target, file -> {
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
                List<ResultTable> tables = List.of(new EstimatesTable(), new WeightsTable(), new StrataTable(),
                        new InputsTable(), new RunsTable());
                for (ResultTable table : tables) {
                    execute(connection, table.createSql(result));
                    table.append(duck, result);
                }
                WeightDiagnosticsTable.write(duck, diagnostics);
                execute(connection, "CHECKPOINT");
            }
        });
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
