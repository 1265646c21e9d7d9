package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import nl.weegschaal.frame.CalibrationTotals;
import nl.weegschaal.weighting.Calibration;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The {@link RunStore#CALIBRATION} table: one row per auxiliary total a design was calibrated to,
 * the population size first, then every level of each categorical auxiliary (the one the model
 * leaves out too) and each numeric auxiliary: the population total, the Horvitz-Thompson estimate
 * with the design weights before calibration ({@code sum d_i x_i}), the calibrated estimate after
 * ({@code sum w_i x_i}) and the relative miss {@code |after - total| / (1 + |total|)}, the criterion
 * the calibration converges on (as {@code survey}'s {@code grake}).
 */
final class CalibrationTable {
    private CalibrationTable() {
    }

    static void write(DuckDBConnection connection, CalibrationTotals totals, CalibrationTables.Inputs inputs,
                      Calibration.ToTotals calibration) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE " + RunStore.CALIBRATION + " (variable VARCHAR, level VARCHAR, "
                    + "population_total DOUBLE, estimate_before DOUBLE, estimate_after DOUBLE, relative_miss DOUBLE, "
                    + "calfun VARCHAR, bounds VARCHAR)");
        }
        double[] d = calibration.designWeights();
        double[] w = calibration.weights();
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                RunStore.CALIBRATION)) {
            double before = 0;
            double after = 0;
            for (int i = 0; i < d.length; i++) {
                before += d[i];
                after += w[i];
            }
            append(appender, "population", null, calibration.model().totals()[0], before, after, calibration);
            for (CalibrationTotals.Auxiliary aux : totals.auxiliaries()) {
                CalibrationTotals.Values values = inputs.values().get(aux.variable());
                if (aux.numeric()) {
                    double[] sums = numericSums(values.numbers(), d, w);
                    append(appender, aux.variable(), null, aux.total(), sums[0], sums[1], calibration);
                } else {
                    double[][] sums = observedSums(values, d, w);
                    List<String> observed = values.observed().stream().map(String::trim).toList();
                    for (Map.Entry<String, Double> level : aux.levels().entrySet()) {
                        int j = observed.indexOf(level.getKey());
                        append(appender, aux.variable(), level.getKey(), level.getValue(), j < 0 ? 0 : sums[0][j],
                                j < 0 ? 0 : sums[1][j], calibration);
                    }
                }
            }
        }
    }

    private static double[] numericSums(double[] values, double[] d, double[] w) {
        double before = 0;
        double after = 0;
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            before += d[i] * x;
            after += w[i] * x;
        }
        return new double[] {before, after};
    }

    /**
     * Per observed value j of a categorical auxiliary, {@code sum d} and {@code sum w} over its
     * respondents ({@code [0][j]}, {@code [1][j]}), in one pass, each summed in respondent order.
     */
    private static double[][] observedSums(CalibrationTotals.Values values, double[] d, double[] w) {
        int[] index = values.index();
        double[][] sums = new double[2][values.observed().size()];
        for (int i = 0; i < index.length; i++) {
            int j = index[i];
            if (j >= 0) {
                sums[0][j] += d[i];
                sums[1][j] += w[i];
            }
        }
        return sums;
    }

    private static void append(DuckDBAppender appender, String variable, @Nullable String level, double total,
                               double before, double after, Calibration.ToTotals calibration) throws SQLException {
        appender.beginRow().append(variable);
        if (level == null) {
            appender.appendNull();
        } else {
            appender.append(level);
        }
        appender.append(total).append(before).append(after).append(Math.abs(after - total) / (1 + Math.abs(total)))
                .append(calibration.function().label())
                .append(calibration.bounds().any() ? calibration.bounds().toString() : "none").endRow();
    }
}
