package nl.weegschaal.weighting;

/**
 * The order of a million weights from smallest to largest, found once (a radix sort on the weights'
 * bits, 16 at a time), so that every domain's weights come out sorted by walking that order rather
 * than being sorted again per domain. Values are ordered as {@link java.util.Arrays#sort(double[])}
 * orders them (-0.0 before 0.0); equal values keep their respondents' order.
 */
public final class AscendingOrder {
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private AscendingOrder() {
    }

    /** The indices of the values from the smallest value to the largest. */
    public static int[] of(double[] values) {
        int n = values.length;
        long[] key = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToLongBits(values[i]);
            // flip the sign bit of positives and every bit of negatives: unsigned order is numeric order
            key[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            order[i] = i;
        }
        long[] keyOut = new long[n];
        int[] orderOut = new int[n];
        int[] count = new int[BUCKETS + 1];
        for (int shift = 0; shift < Long.SIZE; shift += BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[digit(key[i], shift) + 1]++;
            }
            if (count[digit(key.length == 0 ? 0 : key[0], shift) + 1] == n) {
                continue; // every value has this digit: the pass would change nothing
            }
            for (int b = 0; b < BUCKETS; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < n; i++) {
                int at = count[digit(key[i], shift)]++;
                keyOut[at] = key[i];
                orderOut[at] = order[i];
            }
            long[] k = key;
            key = keyOut;
            keyOut = k;
            int[] o = order;
            order = orderOut;
            orderOut = o;
        }
        return order;
    }

    private static int digit(long key, int shift) {
        return (int) ((key >>> shift) & (BUCKETS - 1));
    }
}
