package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** {@code estimates}: one row per variable, level and domain. */
public final class EstimatesTable {
    private EstimatesTable() {
    }

    static final String CREATE = "CREATE OR REPLACE TABLE estimates (variable VARCHAR NOT NULL, level VARCHAR NOT NULL, "
                + "domain_var VARCHAR NOT NULL, domain_value VARCHAR NOT NULL, n_unweighted BIGINT NOT NULL, "
                + "weighted_count DOUBLE NOT NULL, estimate DOUBLE NOT NULL, se DOUBLE NOT NULL, "
                + "ci_wald_low DOUBLE, ci_wald_high DOUBLE, ci_logit_low DOUBLE, ci_logit_high DOUBLE, "
                + "ci_beta_low DOUBLE, ci_beta_high DOUBLE, deff DOUBLE, df BIGINT NOT NULL, "
                + "method VARCHAR NOT NULL)";

    /** Writes estimates into a new {@code estimates} table. */
    public static void write(DuckDBConnection connection, List<Estimate> estimates) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        append(connection, estimates);
    }

    private static void append(DuckDBConnection connection, List<Estimate> estimates) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "estimates")) {
            for (Estimate e : estimates) {
                appender.beginRow()
                        .append(e.variable()).append(e.level()).append(e.domainVar()).append(e.domainValue())
                        .append(e.nUnweighted()).append(e.weightedCount()).append(e.estimate()).append(e.se());
                nullable(appender, e.wald().low());
                nullable(appender, e.wald().high());
                nullable(appender, e.logit().low());
                nullable(appender, e.logit().high());
                nullable(appender, e.beta().low());
                nullable(appender, e.beta().high());
                nullable(appender, e.deff());
                appender.append(e.df()).append(e.method()).endRow();
            }
        }
    }

    private static void nullable(DuckDBAppender appender, Double value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
    }
}
