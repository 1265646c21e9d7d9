package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.estimation.Classification;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.Interval;
import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.estimation.ReliabilityClassifier;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code estimates}: one row per variable, level and domain, with all three intervals, the published
 * one ({@code ci_lower}, {@code ci_upper}: the spec's {@code publication.interval}, within [0, 1]) and
 * the cell's reliability ({@code publishable}, {@code indicative}, {@code suppressed}), the effective
 * sample size the rules used and the reason (null when publishable), after {@link ReliabilityClassifier}.
 */
public final class EstimatesTable {
    private EstimatesTable() {
    }

    static final String CREATE = "CREATE OR REPLACE TABLE estimates (variable VARCHAR NOT NULL, level VARCHAR NOT NULL, "
                + "domain_var VARCHAR NOT NULL, domain_value VARCHAR NOT NULL, n_unweighted BIGINT NOT NULL, "
                + "weighted_count DOUBLE NOT NULL, estimate DOUBLE NOT NULL, se DOUBLE NOT NULL, "
                + "ci_wald_low DOUBLE, ci_wald_high DOUBLE, ci_logit_low DOUBLE, ci_logit_high DOUBLE, "
                + "ci_beta_low DOUBLE, ci_beta_high DOUBLE, deff DOUBLE, df BIGINT NOT NULL, "
                + "method VARCHAR NOT NULL, ci_lower DOUBLE, ci_upper DOUBLE, effective_n DOUBLE NOT NULL, "
                + "reliability VARCHAR NOT NULL, reliability_reason VARCHAR)";

    /**
     * Writes estimates into a new {@code estimates} table.
     *
     * @param interval    the interval to publish in {@code ci_lower}, {@code ci_upper}
     * @param reliability the rules that classify each cell
     */
    public static void write(DuckDBConnection connection, List<Estimate> estimates, IntervalMethod interval,
                             ReliabilityClassifier reliability) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        append(connection, estimates, interval, reliability);
    }

    private static void append(DuckDBConnection connection, List<Estimate> estimates, IntervalMethod interval,
                               ReliabilityClassifier reliability) throws SQLException {
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
                appender.append(e.df()).append(e.method());
                Interval published = interval.published(e);
                nullable(appender, published.low());
                nullable(appender, published.high());
                Classification c = reliability.classify(e);
                appender.append(c.effectiveN()).append(c.reliability().code());
                if (c.reason() == null) {
                    appender.appendNull();
                } else {
                    appender.append(c.reason());
                }
                appender.endRow();
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
