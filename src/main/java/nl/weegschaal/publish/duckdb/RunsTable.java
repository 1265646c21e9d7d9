package nl.weegschaal.publish.duckdb;

import java.sql.SQLException;
import java.util.Map;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.publish.Reweighting;
import nl.weegschaal.publish.RunRecord;
import nl.weegschaal.store.RunStore;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * {@code runs}: one row for the run: id, times, product version, every parameter as a column,
 * each input's name, size and SHA-256, row counts, and how the weights came about: calibration and its
 * margins, collapsed strata, and trimming (the cap, the strata above it, the weight moved).
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
            sql.append(", ").append(RunStore.quote(name)).append(" VARCHAR");
        }
        for (InputFile input : run.inputs()) {
            sql.append(", ").append(RunStore.quote(input.role() + "_file")).append(" VARCHAR, ")
                    .append(RunStore.quote(input.role() + "_bytes")).append(" BIGINT, ")
                    .append(RunStore.quote(input.role() + "_sha256")).append(" VARCHAR");
        }
        for (String count : run.counts().keySet()) {
            sql.append(", ").append(RunStore.quote(count)).append(" BIGINT");
        }
        sql.append(", calibration VARCHAR, calibration_margins VARCHAR, collapsed_strata VARCHAR, "
                + "n_collapsed_strata BIGINT, trim_cap DOUBLE, n_trimmed_strata BIGINT, trimmed_weight_moved DOUBLE");
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
            Reweighting r = run.reweighting();
            appendOrNull(appendOrNull(appender.append(r.calibration()), r.margins()), r.collapsed())
                    .append(r.collapsedStrata());
            appendOrNull(appender, r.trimCap()).append(r.trimmedStrata());
            appendOrNull(appender, r.trimmedWeight());
            appender.endRow();
        }
    }

    private static DuckDBAppender appendOrNull(DuckDBAppender appender, @Nullable Object value) throws SQLException {
        if (value == null) {
            return appender.appendNull();
        }
        return value instanceof Double d ? appender.append(d.doubleValue()) : appender.append((String) value);
    }
}
