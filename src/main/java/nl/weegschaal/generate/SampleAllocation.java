package nl.weegschaal.generate;

import java.util.Arrays;

/**
 * Disproportionate allocation of a net sample over the 48 strata, as in the real survey: every
 * stratum first gets a minimum (so every sector and every size class can be published), then the
 * rest is split equally over the three size classes (large establishments heavily
 * over-represented) and, within a size class, over the sectors proportionally to sqrt(N_h), a
 * compromise between equal and proportional allocation. For 2,306 this gives about 770 per size
 * class and at least 8 per stratum.
 */
final class SampleAllocation {
    /** Below this every stratum could not get its 2 respondents, and variances need 2. */
    static final int MIN_TOTAL = 2 * SyntheticFrame.STRATA;

    /** At most about a sixth of the sample goes to the per-stratum minimum. */
    private static final int MINIMUM_DIVISOR = 6 * SyntheticFrame.STRATA;

    private SampleAllocation() {
    }

    /** Respondents per stratum; deterministic, every entry >= 2, summing exactly to total. */
    static int[] allocate(int total) {
        if (total < MIN_TOTAL) {
            throw new IllegalArgumentException("a wave needs at least " + MIN_TOTAL
                    + " respondents (2 per stratum), got " + total);
        }
        int strata = SyntheticFrame.STRATA;
        int sizeClasses = SyntheticFrame.SIZE_CLASSES.length;
        int minimum = Math.max(2, total / MINIMUM_DIVISOR);
        long rest = total - (long) minimum * strata;

        double[] sqrtTotal = new double[sizeClasses];
        for (int h = 0; h < strata; h++) {
            sqrtTotal[SyntheticFrame.sizeClassOf(h)] += Math.sqrt(SyntheticFrame.baseCount(h));
        }
        int[] allocation = new int[strata];
        double[] fraction = new double[strata];
        long assigned = 0;
        for (int h = 0; h < strata; h++) {
            double quota = rest * Math.sqrt(SyntheticFrame.baseCount(h))
                    / (sizeClasses * sqrtTotal[SyntheticFrame.sizeClassOf(h)]);
            int whole = (int) Math.floor(quota);
            allocation[h] = minimum + whole;
            fraction[h] = quota - whole;
            assigned += whole;
        }
        // Largest remainders get the leftover units; ties go to the lower stratum index, so the
        // result does not depend on sort stability or anything but the total.
        Integer[] order = new Integer[strata];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> fraction[a] != fraction[b]
                ? Double.compare(fraction[b], fraction[a]) : Integer.compare(a, b));
        for (int i = 0; i < rest - assigned; i++) {
            allocation[order[i % strata]]++;
        }
        return allocation;
    }
}
