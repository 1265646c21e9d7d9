package nl.weegschaal.compare;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The Benjamini-Hochberg (1995) step-up procedure, which controls the false discovery rate: the
 * expected share of false findings among the changes called significant. Of m tests, ordered by
 * p-value p(1) <= ... <= p(m), the adjusted value ("q-value") of the i-th is
 * {@code q(i) = min over j >= i of min(1, m p(j) / j)}; a change is significant at FDR 5% when
 * q <= 0.05, which rejects the same hypotheses as the original step-up rule
 * {@code p(i) <= i / m x 0.05}. The same values as R's {@code p.adjust(p, "BH")}.
 */
public final class BenjaminiHochberg {
    /** The method, as the changes file and the summary name it. */
    public static final String METHOD = "Benjamini-Hochberg";
    /** The false discovery rate controlled. */
    public static final double FDR = 0.05;

    private BenjaminiHochberg() {
    }

    /** The adjusted p-values, in the order of {@code pValues}; each p must be in [0, 1]. */
    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + pValues[i] + " is not in [0, 1]");
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double smallestAbove = 1;
        // from the largest p down, so that each q is the minimum over the p-values at or above it
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            smallestAbove = Math.min(smallestAbove, pValues[i] * m / rank);
            adjusted[i] = smallestAbove;
        }
        return adjusted;
    }

    /** Significant after FDR control: q at or below {@link #FDR}. */
    public static boolean significant(double qValue) {
        return qValue <= FDR;
    }
}
