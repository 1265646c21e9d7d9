package nl.weegschaal.store;

import java.sql.SQLException;
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
                    for (Map.Entry<String, Double> level : aux.levels().entrySet()) {
                        double[] sums = levelSums(values, level.getKey(), d, w);
                        append(appender, aux.variable(), level.getKey(), level.getValue(), sums[0], sums[1],
                                calibration);
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

    private static double[] levelSums(CalibrationTotals.Values values, String level, double[] d, double[] w) {
        int j = values.observed().stream().map(String::trim).toList().indexOf(level);
        double before = 0;
        double after = 0;
        int[] index = values.index();
        for (int i = 0; i < index.length && j >= 0; i++) {
            if (index[i] == j) {
                before += d[i];
                after += w[i];
            }
        }
        return new double[] {before, after};
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
