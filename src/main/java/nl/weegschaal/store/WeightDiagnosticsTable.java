package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.weighting.WeightDiagnostic;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code weight_diagnostics}: per domain (the total first, then each value of each domain variable)
 * the respondents, the sum of weights, the smallest, median and largest weight, the coefficient of
 * variation, Kish's design effect due to weighting, the effective sample size and the strata with
 * the largest weights (see {@link nl.weegschaal.weighting.WeightDiagnostics}).
 */
public final class WeightDiagnosticsTable {
    public static final String TABLE = "weight_diagnostics";

    static final String CREATE = "CREATE OR REPLACE TABLE " + TABLE + " (domain_var VARCHAR NOT NULL, "
            + "domain_value VARCHAR NOT NULL, respondents BIGINT NOT NULL, sum_of_weights DOUBLE NOT NULL, "
            + "min_weight DOUBLE NOT NULL, median_weight DOUBLE NOT NULL, max_weight DOUBLE NOT NULL, "
            + "cv DOUBLE NOT NULL, kish_deff DOUBLE NOT NULL, effective_n DOUBLE NOT NULL, "
            + "largest_weight_strata VARCHAR NOT NULL)";

    private WeightDiagnosticsTable() {
    }

    /** Writes the diagnostics, in their order, into a new {@code weight_diagnostics} table. */
    public static void write(DuckDBConnection connection, List<WeightDiagnostic> diagnostics) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
            for (WeightDiagnostic d : diagnostics) {
                appender.beginRow().append(d.domainVar()).append(d.domainValue()).append(d.respondents())
                        .append(d.sumOfWeights()).append(d.minWeight()).append(d.medianWeight())
                        .append(d.maxWeight()).append(d.cv()).append(d.kishDeff()).append(d.effectiveN())
                        .append(d.largestWeightStrata()).endRow();
            }
        }
    }
}
