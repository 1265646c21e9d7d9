package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.estimation.Classification;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.Interval;
import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.estimation.NumericEstimate;
import nl.weegschaal.estimation.NumericReliability;
import nl.weegschaal.estimation.ReliabilityClassifier;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code estimates}: one row per variable, level and domain, with all three intervals, the published
 * one ({@code ci_lower}, {@code ci_upper}: the spec's {@code publication.interval}, within [0, 1]) and
 * the cell's reliability ({@code publishable}, {@code indicative}, {@code suppressed}), the effective
 * sample size the rules used and the reason (null when publishable), after {@link ReliabilityClassifier};
 * {@code statistic} {@code proportion}. A numeric question's rows follow: {@code statistic} {@code total},
 * {@code mean} or {@code ratio}, {@code level} null ({@code variable} {@code num/den} for a ratio), the
 * Wald interval also as the published one, the logit and Korn-Graubard columns null, reliability after
 * {@link NumericReliability}.
 */
public final class EstimatesTable {
    private EstimatesTable() {
    }

    static final String CREATE = "CREATE OR REPLACE TABLE estimates (variable VARCHAR NOT NULL, level VARCHAR, "
                + "domain_var VARCHAR NOT NULL, domain_value VARCHAR NOT NULL, n_unweighted BIGINT NOT NULL, "
                + "weighted_count DOUBLE NOT NULL, estimate DOUBLE NOT NULL, se DOUBLE NOT NULL, "
                + "ci_wald_low DOUBLE, ci_wald_high DOUBLE, ci_logit_low DOUBLE, ci_logit_high DOUBLE, "
                + "ci_beta_low DOUBLE, ci_beta_high DOUBLE, deff DOUBLE, df BIGINT NOT NULL, "
                + "method VARCHAR NOT NULL, ci_lower DOUBLE, ci_upper DOUBLE, effective_n DOUBLE NOT NULL, "
                + "reliability VARCHAR NOT NULL, reliability_reason VARCHAR, statistic VARCHAR NOT NULL)";

    /**
     * Writes estimates into a new {@code estimates} table.
     *
     * @param interval    the interval to publish in {@code ci_lower}, {@code ci_upper}
     * @param reliability the rules that classify each cell
     */
    public static void write(DuckDBConnection connection, List<Estimate> estimates, IntervalMethod interval,
                             ReliabilityClassifier reliability) throws SQLException {
        write(connection, estimates, List.of(), interval, reliability);
    }

    /** Writes proportions, then the totals, means and ratios of numeric questions, into a new table. */
    public static void write(DuckDBConnection connection, List<Estimate> estimates, List<NumericEstimate> numeric,
                             IntervalMethod interval, ReliabilityClassifier reliability) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        append(connection, estimates, interval, reliability);
        appendNumeric(connection, numeric, new NumericReliability(reliability.rules()));
    }

    private static void appendNumeric(DuckDBConnection connection, List<NumericEstimate> estimates,
                                      NumericReliability reliability) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "estimates")) {
            for (NumericEstimate e : estimates) {
                appender.beginRow().append(e.variable()).appendNull().append(e.domainVar()).append(e.domainValue())
                        .append(e.nUnweighted()).append(e.weightedCount()).append(e.estimate()).append(e.se());
                nullable(appender, e.wald().low());
                nullable(appender, e.wald().high());
                for (int c = 0; c < 4; c++) {
                    appender.appendNull(); // logit and Korn-Graubard: intervals of proportions
                }
                nullable(appender, e.deff());
                appender.append(e.df()).append(e.method());
                nullable(appender, e.wald().low());
                nullable(appender, e.wald().high());
                reliability(appender, reliability.classify(e));
                appender.append(e.statistic().code()).endRow();
            }
        }
    }

    private static void reliability(DuckDBAppender appender, Classification c) throws SQLException {
        appender.append(c.effectiveN()).append(c.reliability().code());
        if (c.reason() == null) {
            appender.appendNull();
        } else {
            appender.append(c.reason());
        }
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
                reliability(appender, reliability.classify(e));
                appender.append("proportion").endRow();
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
