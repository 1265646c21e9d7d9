package nl.weegschaal.estimation;

import org.jspecify.annotations.Nullable;

/**
 * The design effect of a proportion, as R's {@code survey} computes it with {@code deff = TRUE}:
 * the design variance over the variance a simple random sample without replacement of the same
 * size would have had.
 *
 * <pre>s2 = n_d / (n_d - 1) sum_S w_i (y_ij - p)^2 / W,   deff = V / (s2 (W - n_d) / (W n_d))</pre>
 */
final class DesignEffect {
    private final double[] weight;

    DesignEffect(double[] weight) {
        this.weight = weight.clone();
    }

    /** Null where p is 0 or 1 or the ratio is not defined (n_d < 2, W = n_d). */
    @Nullable Double of(DomainTally tally, int level, double p, double total, double variance) {
        long answered = tally.answeredTotal();
        if (p == 0 || p == 1 || answered < 2) {
            return null;
        }
        double squares = 0;
        for (int h = 0; h < weight.length; h++) {
            int m = tally.answered(h);
            int k = tally.count(level, h);
            squares += weight[h] * (k * (1 - p) * (1 - p) + (double) (m - k) * p * p);
        }
        double n = answered;
        double s2 = n / (n - 1) * squares / total;
        double deff = variance / (s2 * (total - n) / (total * n));
        return Double.isFinite(deff) ? deff : null;
    }
}
