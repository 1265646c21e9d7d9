package nl.weegschaal.weighting;

import java.util.List;

/**
 * The calibration model of {@code calibrate(design, ~ a + b + x, population = totals)}: per
 * respondent its model row (intercept, level indicators of each categorical auxiliary, each numeric
 * auxiliary: one row of R's {@code model.matrix}), and per column its population total and its name
 * for messages ({@code size class 10-49}, {@code employees}). A row has an intercept, at most one
 * indicator per categorical auxiliary and its numeric auxiliaries, so a few of its p columns: the
 * rows are kept as their non-zero entries ({@link SparseRows}), made so once and read so by the
 * calibration and the estimators alike.
 */
public final class CalibrationModel {
    private final SparseRows rows;
    private final double[] totals;
    private final List<String> names;

    /**
     * @param rows   n rows of p values, respondent i's row {@code rows[i]}
     * @param totals p population totals
     * @param names  p names of the totals, in the order of the columns
     */
    public CalibrationModel(double[][] rows, double[] totals, List<String> names) {
        this(checkedRows(rows, names), totals, names);
    }

    private CalibrationModel(SparseRows rows, double[] totals, List<String> names) {
        this.names = List.copyOf(names);
        this.rows = rows;
        this.totals = totals;
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
        for (int i = 0; i < rows.rows(); i++) {
            for (int k = rows.start(i); k < rows.start(i + 1); k++) {
                if (rows.column(k) < 0 || rows.column(k) >= totals.length) {
                    throw new IllegalArgumentException("model row " + (i + 1) + " has a value in column "
                            + rows.column(k) + " of " + totals.length);
                }
                if (!Double.isFinite(rows.value(k))) {
                    throw new WeightingException("the auxiliary " + names.get(rows.column(k))
                            + " is missing for respondent " + (i + 1) + " (calibration auxiliaries must be complete)");
                }
            }
        }
    }

    /**
     * A model from its rows' non-zero entries: those of row i are {@code start[i] .. start[i + 1] - 1}, in
     * increasing column order.
     */
    public static CalibrationModel sparse(int[] start, int[] column, double[] value, double[] totals,
                                          List<String> names) {
        return new CalibrationModel(new SparseRows(start, column, value), totals, names);
    }

    private static SparseRows checkedRows(double[][] rows, List<String> names) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != names.size()) {
                throw new IllegalArgumentException("model row " + (i + 1) + " has " + rows[i].length
                        + " values for " + names.size() + " totals");
            }
            for (int j = 0; j < rows[i].length; j++) {
                if (!Double.isFinite(rows[i][j])) {
                    throw new WeightingException("the auxiliary " + names.get(j) + " is missing for respondent "
                            + (i + 1) + " (calibration auxiliaries must be complete)");
                }
            }
        }
        return new SparseRows(rows);
    }

    /** The rows' non-zero entries. */
    public SparseRows sparseRows() {
        return rows;
    }

    /** Every row in full, n x p (for checks; the passes read {@link #sparseRows()}). */
    public double[][] rows() {
        double[][] dense = new double[rows.rows()][totals.length];
        for (int i = 0; i < dense.length; i++) {
            for (int k = rows.start(i); k < rows.start(i + 1); k++) {
                dense[i][rows.column(k)] = rows.value(k);
            }
        }
        return dense;
    }

    /** The p population totals. */
    public double[] totals() {
        return totals;
    }

    /** The names of the totals, in the order of the columns. */
    public List<String> names() {
        return names;
    }

    /** Number of respondents. */
    public int respondents() {
        return rows.rows();
    }

    /** Number of totals (columns). */
    public int columns() {
        return totals.length;
    }
}
