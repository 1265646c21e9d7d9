package nl.weegschaal.estimation;

/**
 * The linearised variable of a weighted proportion, summarised per stratum.
 *
 * <p>For level j the linearised variable is {@code x_i = w_i (y_ij - p) / W} for respondents who
 * answered in the domain and 0 for everyone else. Within a stratum the weight is constant, so
 * {@code x_i = w_h z_i} with {@code z_i} taking three values: {@code (1 - p)/W} (k_h times),
 * {@code -p/W} (m_h - k_h times) and 0 (n_h - m_h times). This class gives the sums a variance
 * needs from those counts, each as a sum of non-negative terms so that nothing cancels.
 */
final class Linearisation {
    private final double p;
    private final double total;

    /**
     * @param p     the estimated proportion
     * @param total W, the weighted number of respondents who answered in the domain
     */
    Linearisation(double p, double total) {
        this.p = p;
        this.total = total;
    }

    /** The mean of z over all n_h respondents of the stratum. */
    double mean(int n, int m, int k) {
        return (k - p * m) / total / n;
    }

    /** {@code sum_{i in h} (z_i - c)^2}. */
    double squaresAround(int n, int m, int k, double centre) {
        double yes = (1 - p) / total - centre;
        double no = -p / total - centre;
        return k * yes * yes + (double) (m - k) * no * no + (double) (n - m) * centre * centre;
    }

    /** {@code sum_{i in h} (z_i - zbar_h)^2}. */
    double squaresWithin(int n, int m, int k) {
        return squaresAround(n, m, k, mean(n, m, k));
    }
}
