package nl.weegschaal.estimation;

import org.jspecify.annotations.Nullable;

/**
 * The spread of a numeric variable among a cell's respondents, for the design effects of
 * {@code survey}'s {@code deff = TRUE}: the weighted variance {@code svyvar} gives,
 *
 * <pre>s2 = n_d / (n_d - 1) sum_S w (y - ybar)^2 / W</pre>
 *
 * and the variances a simple random sample without replacement of n_d from W would have had:
 * {@code s2 (W - n_d) / (W n_d)} for the mean and {@code s2 W^2 (W - n_d) / (W n_d)} for the total
 * ({@code svytotal}'s {@code vsrs}). Undefined (null) with fewer than two respondents, all values equal
 * (checked exactly, so that rounding in ybar does not make a 0/0 look finite) or W = n_d.
 */
final class SpreadOfValues {
    private final boolean constant;
    private final double first;
    private final double s2;
    private final double n;
    private final double total;

    private SpreadOfValues(boolean constant, double first, double s2, double n, double total) {
        this.constant = constant;
        this.first = first;
        this.s2 = s2;
        this.n = n;
        this.total = total;
    }

    static SpreadOfValues of(RespondentStrata strata, Cell cell, double[] y) {
        double first = Double.NaN;
        boolean constant = true;
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            if (cell.used()[i]) {
                if (Double.isNaN(first)) {
                    first = y[i];
                }
                constant &= y[i] == first;
                sum += strata.weight(i) * y[i];
            }
        }
        double w = cell.weightSum();
        double mean = sum / w;
        double squares = 0;
        for (int i = 0; i < y.length; i++) {
            if (cell.used()[i]) {
                double d = y[i] - mean;
                squares += strata.weight(i) * d * d;
            }
        }
        return of(constant, first, squares, cell.respondents(), w);
    }

    /**
     * From a cell's sums: whether its values are all equal and its first, sum_S w (y - ybar)^2, n_d and
     * W.
     */
    static SpreadOfValues of(boolean constant, double first, double squares, double n, double w) {
        return new SpreadOfValues(constant, first, n / (n - 1) * squares / w, n, w);
    }

    /** Whether every respondent of the cell has the same value. */
    boolean constant() {
        return constant;
    }

    /** The value of the cell's first respondent (the mean, when constant). */
    double first() {
        return first;
    }

    @Nullable Double deffOfMean(double variance) {
        return defined(variance / (s2 * (total - n) / (total * n)));
    }

    @Nullable Double deffOfTotal(double variance) {
        return defined(variance / (s2 * total * total * (total - n) / (total * n)));
    }

    private @Nullable Double defined(double deff) {
        return constant || n < 2 || !Double.isFinite(deff) ? null : deff;
    }
}
