package nl.weegschaal.estimation;

/**
 * The overlap of two waves counted by pair cell (h, g), wave-1 stratum h and wave-2 stratum g, and
 * each cell's factor c_hg of {@link ChangeCovariance}:
 * {@code c_hg = (1 - f1_h) (1 - phi_g r_g / m_g) / (1 - 1/n1_h - 1/n2_g + m_hg / (n1_h n2_g))}.
 */
final class PairCells {
    private final StratifiedSample first;
    private final StratifiedSample second;
    private final int strata2;
    /** m_hg, indexed {@code h * H2 + g}. */
    private final int[] cell;
    /** m_h., the overlap of wave-1 stratum h. */
    private final int[] fromFirst;
    /** m_g, the overlap of wave-2 stratum g. */
    private final int[] inSecond;

    /**
     * @param a the overlap's wave-1 respondents, in range
     * @param b the overlap's wave-2 respondents, in range
     */
    PairCells(StratifiedSample first, StratifiedSample second, int[] firstStratum, int[] secondStratum,
              int[] a, int[] b) {
        this.first = first;
        this.second = second;
        this.strata2 = second.strata();
        this.cell = new int[first.strata() * strata2];
        this.fromFirst = new int[first.strata()];
        this.inSecond = new int[strata2];
        for (int k = 0; k < a.length; k++) {
            int h = firstStratum[a[k]];
            int g = secondStratum[b[k]];
            cell[h * strata2 + g]++;
            fromFirst[h]++;
            inSecond[g]++;
        }
    }

    /** c_hg per cell (index {@code h * H2 + g}), 0 for a cell without overlap or without covariance. */
    double[] factors() {
        double[] reached = reached();
        double[] factor = new double[cell.length];
        for (int c = 0; c < cell.length; c++) {
            if (cell[c] > 0) {
                factor[c] = factor(c / strata2, c % strata2, cell[c], reached[c % strata2]);
            }
        }
        return factor;
    }

    /**
     * r_g: the wave-1 respondents estimated to be in stratum g in wave 2,
     * {@code sum_h n1_h m_hg / m_h.}; at least m_g, as n1_h >= m_h.
     */
    private double[] reached() {
        int[] n1 = first.respondents();
        double[] r = new double[strata2];
        for (int c = 0; c < cell.length; c++) {
            if (cell[c] > 0) {
                int h = c / strata2;
                r[c % strata2] += (double) n1[h] * cell[c] / fromFirst[h];
            }
        }
        return r;
    }

    private double factor(int h, int g, int m, double reached) {
        int n1 = first.respondents()[h];
        int n2 = second.respondents()[g];
        double population1 = first.population()[h];
        double population2 = second.population()[g];
        if (n1 < 2 || n2 < 2 || population1 == n1 || population2 == n2) {
            return 0.0; // lonely or certainty: that wave's stratum has no (estimable) sampling error
        }
        // (1 - 1/n1)(1 - 1/n2) + (m - 1)/(n1 n2): positive for n1, n2 >= 2 and m >= 1, so no cell is left out for it
        double denominator = 1 - 1.0 / n1 - 1.0 / n2 + (double) m / ((double) n1 * n2);
        int fresh = n2 - inSecond[g];
        // the fresh part's sampling fraction; at most 1 where r_g leaves fewer than the fresh ones
        double freshFraction = fresh == 0 ? 0.0 : fresh / Math.max(fresh, population2 - reached);
        return (1 - n1 / population1) * (1 - freshFraction * reached / inSecond[g]) / denominator;
    }
}
