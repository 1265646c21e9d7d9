package nl.weegschaal.estimation;

/**
 * The covariance of two waves' linearised estimators through the establishments in both samples,
 * for the variance of a change {@code V1 + V2 - 2 Cov} ({@link ChangeVariance}).
 *
 * <p>Each wave is stratified simple random sampling without replacement; wave 2 keeps part of wave
 * 1's respondents and adds fresh ones, and an establishment may be in stratum h in wave 1 and in g in
 * wave 2. With the overlap grouped by pair cell (h, g), m_hg establishments, and the linearised
 * values centred as the stratified variance centres them ({@code e1_i = z1_i - zbar1_h}, zbar1_h the
 * mean over all n1_h wave-1 respondents of h; e2_i likewise in wave 2):
 *
 * <pre>
 * Cov = sum_(h,g) c_hg sum_{i in overlap, cell (h,g)} e1_i e2_i
 * c_hg = (1 - f1_h) (1 - phi_g r_g / m_g) / (1 - 1/n1_h - 1/n2_g + m_hg / (n1_h n2_g))
 * </pre>
 *
 * where f1_h = n1_h / N1_h; m_g = sum_h m_hg, the overlap in wave-2 stratum g;
 * {@code r_g = sum_h n1_h m_hg / m_h.} estimates how many wave-1 respondents are in g in wave 2 (each
 * wave-1 stratum's respondents spread over the wave-2 strata as its overlapping ones do, m_h. its
 * overlap), so that m_g / r_g is the share of them kept; and
 * {@code phi_g = (n2_g - m_g) / (N2_g - r_g)} is the sampling fraction of g's fresh part. Without
 * stratum changes this is Tam's (1984) covariance of a rotating sample,
 * {@code N^2 (m/(n1 n2) - 1/N) S_12}, estimated without bias: {@code c = (1 - n1 n2 / (m N)) / D}.
 * Limits, exact: no overlap gives 0 (the independent-samples variance V1 + V2); identical designs
 * with the same respondents give {@code c = (1 - f_h) n_h / (n_h - 1)}, so that V1 + V2 - 2 Cov is the
 * stratified variance of the paired difference. A certainty stratum (N = n) or a lonely one (n = 1)
 * in either wave contributes 0 (the denominator is {@code (1 - 1/n1)(1 - 1/n2) + (m - 1)/(n1 n2)},
 * positive otherwise). docs/methodology.md,
 * "The change between overlapping waves", has the derivation and the simulation that checks it.
 */
public final class ChangeCovariance {
    private final StratifiedSample first;
    private final StratifiedSample second;
    private final int[] firstStratum;
    private final int[] secondStratum;
    private final int[] pairFirst;
    private final int[] pairSecond;
    private final double[] pairFactor;
    private final int overlapping;

    /**
     * Groups the overlap by pair cell and computes each cell's factor c_hg.
     *
     * @throws IllegalArgumentException if an overlap index is not a respondent of its wave
     */
    public ChangeCovariance(StratifiedSample first, StratifiedSample second, Overlap overlap) {
        this.first = first;
        this.second = second;
        this.firstStratum = first.stratumOf();
        this.secondStratum = second.stratumOf();
        int[] a = overlap.first();
        int[] b = overlap.second();
        checkRange(a, first.size(), "wave-1");
        checkRange(b, second.size(), "wave-2");
        this.overlapping = a.length;
        double[] cellFactor = new PairCells(first, second, firstStratum, secondStratum, a, b).factors();
        int kept = 0;
        for (int k = 0; k < a.length; k++) {
            kept += cellFactor[cell(a[k], b[k])] != 0.0 ? 1 : 0;
        }
        pairFirst = new int[kept];
        pairSecond = new int[kept];
        pairFactor = new double[kept];
        int j = 0;
        for (int k = 0; k < a.length; k++) {
            double c = cellFactor[cell(a[k], b[k])];
            if (c != 0.0) { // pairs in cells without a covariance are left out of every call
                pairFirst[j] = a[k];
                pairSecond[j] = b[k];
                pairFactor[j++] = c;
            }
        }
    }

    private int cell(int i, int j) {
        return firstStratum[i] * second.strata() + secondStratum[j];
    }

    private static void checkRange(int[] index, int size, String wave) {
        for (int i : index) {
            if (i >= size) {
                throw new IllegalArgumentException("the overlap has " + wave + " respondent index " + i + " but the "
                        + wave + " sample has " + size + " respondents (indices 0.." + (size - 1) + ")");
            }
        }
    }

    /**
     * The estimated covariance of the two waves' estimators.
     *
     * @param z1 per wave-1 respondent, its weighted linearised value {@code w_i u_i} (0 outside the
     *           cell's domain or base, those respondents included)
     * @param z2 likewise per wave-2 respondent
     * @throws IllegalArgumentException if an array does not have one value per respondent of its wave
     */
    public double covariance(double[] z1, double[] z2) {
        checkLength(z1, firstStratum.length, "wave-1");
        checkLength(z2, secondStratum.length, "wave-2");
        double[] mean1 = first.stratumMeans(z1);
        double[] mean2 = second.stratumMeans(z2);
        double sum = 0;
        for (int k = 0; k < pairFirst.length; k++) {
            int i = pairFirst[k];
            int j = pairSecond[k];
            sum += pairFactor[k] * (z1[i] - mean1[firstStratum[i]]) * (z2[j] - mean2[secondStratum[j]]);
        }
        return sum;
    }

    private static void checkLength(double[] z, int size, String wave) {
        if (z.length != size) {
            throw new IllegalArgumentException(z.length + " " + wave + " linearised values are given but the " + wave
                    + " sample has " + size + " respondents");
        }
    }

    /** m, the number of establishments in both samples. */
    public int overlapping() {
        return overlapping;
    }
}
