package nl.weegschaal.weighting;

import java.util.List;

/**
 * The calibration model of {@code calibrate(design, ~ a + b + x, population = totals)}: per
 * respondent its model row (intercept, level indicators of each categorical auxiliary, each numeric
 * auxiliary: one row of R's {@code model.matrix}), and per column its population total and its name
 * for messages ({@code size class 10-49}, {@code employees}).
 *
 * @param rows   n rows of p values, respondent i's row {@code rows[i]}
 * @param totals p population totals
 * @param names  p names of the totals, in the order of the columns
 */
public record CalibrationModel(double[][] rows, double[] totals, List<String> names) {
    public CalibrationModel {
        names = List.copyOf(names);
        if (totals.length == 0 || names.size() != totals.length) {
            throw new IllegalArgumentException("the model needs one name per total, got "
                    + names.size() + " names for " + totals.length + " totals");
        }
        for (int j = 0; j < totals.length; j++) {
            if (!Double.isFinite(totals[j])) {
                throw new WeightingException("the population total of " + names.get(j)
                        + " must be a number, got " + totals[j]);
            }
        }
        for (int i = 0; i < rows.length; i++) {
            checkRow(i, rows[i], names);
        }
    }

    private static void checkRow(int i, double[] row, List<String> names) {
        if (row.length != names.size()) {
            throw new IllegalArgumentException("model row " + (i + 1) + " has " + row.length
                    + " values for " + names.size() + " totals");
        }
        for (int j = 0; j < row.length; j++) {
            if (!Double.isFinite(row[j])) {
                throw new WeightingException("the auxiliary " + names.get(j) + " is missing for respondent "
                        + (i + 1) + " (calibration auxiliaries must be complete)");
            }
        }
    }

    /** Number of respondents. */
    public int respondents() {
        return rows.length;
    }

    /** Number of totals (columns). */
    public int columns() {
        return totals.length;
    }
}
