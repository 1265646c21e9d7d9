package nl.weegschaal.weighting;

/**
 * The non-zero entries of a calibration model's rows: a row has an intercept, at most one indicator
 * per categorical auxiliary and its numeric auxiliaries, so a few of its p columns, and a pass over
 * the respondents that touches only those costs a few operations per row instead of p (or p^2 for
 * the Newton system). Entries of row i are {@code start[i]..start[i+1]-1}, in increasing column order.
 */
public final class SparseRows {
    private final int[] start;
    private final int[] column;
    private final double[] value;

    SparseRows(double[][] rows) {
        start = new int[rows.length + 1];
        int count = 0;
        for (int i = 0; i < rows.length; i++) {
            for (double x : rows[i]) {
                count += x != 0.0 ? 1 : 0;
            }
            start[i + 1] = count;
        }
        column = new int[count];
        value = new double[count];
        int k = 0;
        for (double[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                if (row[j] != 0.0) {
                    column[k] = j;
                    value[k++] = row[j];
                }
            }
        }
    }

    /** From the entries themselves: row i's are {@code start[i] .. start[i + 1] - 1}. */
    SparseRows(int[] start, int[] column, double[] value) {
        if (start.length == 0 || start[0] != 0 || start[start.length - 1] != column.length
                || column.length != value.length) {
            throw new IllegalArgumentException("row starts " + start.length + " for " + column.length + " columns and "
                    + value.length + " values");
        }
        this.start = start;
        this.column = column;
        this.value = value;
    }

    public int rows() {
        return start.length - 1;
    }

    /** The first entry of row i; {@code start(i + 1)} is one past its last. */
    public int start(int i) {
        return start[i];
    }

    /** The column of entry k. */
    public int column(int k) {
        return column[k];
    }

    /** The value of entry k. */
    public double value(int k) {
        return value[k];
    }

    /** x_i'λ. */
    double dot(int i, double[] lambda) {
        double s = 0;
        for (int k = start[i]; k < start[i + 1]; k++) {
            s += value[k] * lambda[column[k]];
        }
        return s;
    }

    /** Adds {@code h x_i x_i'} to the lower triangle of {@code matrix}. */
    void addOuter(int i, double h, double[][] matrix) {
        for (int a = start[i]; a < start[i + 1]; a++) {
            double hx = h * value[a];
            int j = column[a];
            for (int b = start[i]; b < start[i + 1]; b++) {
                if (column[b] <= j) {
                    matrix[j][column[b]] += hx * value[b];
                }
            }
        }
    }

    /** Adds {@code weight x_i} to the compensated column sums. */
    void addTo(int i, double weight, CompensatedSums sums) {
        for (int k = start[i]; k < start[i + 1]; k++) {
            sums.add(column[k], weight * value[k]);
        }
    }

    /** sum_i |x_ij| per column: which totals some respondent carries. */
    double[] reach(int columns) {
        double[] reach = new double[columns];
        for (int k = 0; k < column.length; k++) {
            reach[column[k]] += Math.abs(value[k]);
        }
        return reach;
    }
}
