package nl.weegschaal.weighting;

/**
 * Column sums of {@code weight * row} with Neumaier's compensated summation: a calibration checks
 * its totals to 1e-12 relative, which plain summation of a million terms can miss by rounding alone.
 */
final class CompensatedSums {
    private final double[] sum;
    private final double[] compensation;

    CompensatedSums(int columns) {
        sum = new double[columns];
        compensation = new double[columns];
    }

    void add(double weight, double[] row) {
        for (int j = 0; j < row.length; j++) {
            add(j, weight * row[j]);
        }
    }

    /** Adds one term to a column's sum. */
    void add(int j, double term) {
        double t = sum[j] + term;
        if (Math.abs(sum[j]) >= Math.abs(term)) {
            compensation[j] += (sum[j] - t) + term;
        } else {
            compensation[j] += (term - t) + sum[j];
        }
        sum[j] = t;
    }

    double sum(int column) {
        return sum[column] + compensation[column];
    }
}
