package nl.weegschaal.publish.duckdb;

import static nl.weegschaal.publish.duckdb.ResultTable.appendNullable;

import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** {@code estimates}: one row per variable, level and domain. */
public final class EstimatesTable implements ResultTable {
    @Override
    public String createSql(WeighResult result) {
        return CREATE;
    }

    static final String CREATE = "CREATE OR REPLACE TABLE estimates (variable VARCHAR NOT NULL, level VARCHAR NOT NULL, "
                + "domain_var VARCHAR NOT NULL, domain_value VARCHAR NOT NULL, n_unweighted BIGINT NOT NULL, "
                + "weighted_count DOUBLE NOT NULL, estimate DOUBLE NOT NULL, se DOUBLE NOT NULL, "
                + "ci_wald_low DOUBLE, ci_wald_high DOUBLE, ci_logit_low DOUBLE, ci_logit_high DOUBLE, "
                + "ci_beta_low DOUBLE, ci_beta_high DOUBLE, deff DOUBLE, df BIGINT NOT NULL, "
                + "method VARCHAR NOT NULL)";

    @Override
    public void append(DuckDBConnection connection, WeighResult result) throws SQLException {
        append(connection, result.estimates());
    }

    /** Writes estimates into a new {@code estimates} table. */
    public static void write(DuckDBConnection connection, List<Estimate> estimates) throws SQLException {
        ResultTable.execute(connection, CREATE);
        append(connection, estimates);
    }

    private static void append(DuckDBConnection connection, List<Estimate> estimates) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "estimates")) {
            for (Estimate e : estimates) {
                appender.beginRow()
                        .append(e.variable()).append(e.level()).append(e.domainVar()).append(e.domainValue())
                        .append(e.nUnweighted()).append(e.weightedCount()).append(e.estimate()).append(e.se());
                appendNullable(appender, e.wald().low());
                appendNullable(appender, e.wald().high());
                appendNullable(appender, e.logit().low());
                appendNullable(appender, e.logit().high());
                appendNullable(appender, e.beta().low());
                appendNullable(appender, e.beta().high());
                appendNullable(appender, e.deff());
                appender.append(e.df()).append(e.method()).endRow();
            }
        }
    }
}
