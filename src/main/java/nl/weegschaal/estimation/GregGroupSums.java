package nl.weegschaal.estimation;

/**
 * Pass 1's sums per group of a cell's respondents that pass 2 of {@link GregCells} cannot tell apart
 * but by their weight w and their numeric calibration value x: the same cell (domain value v), answer
 * (level k) and row profile (so stratum), when the features are level indicators and the model has at
 * most one numeric column (a proportion's cells, the usual calibration). Within such a group every
 * statistic s has one z, one profile fit f and one numeric fit b, so that with y = w x
 *
 * <pre>
 * u = w (z - f - x b) - m = a w - b y - m        (a = z - f)
 * w x'B = f w + b y
 * </pre>
 *
 * and their sums and sums of squares over the group follow from n, sum w, sum y and the sums of squares
 * and products of w and y: pass 2 is then taken per group ({@link #addTo}), not per respondent. The
 * sums are kept around the first respondent of the group in a chunk (shifted data,
 * {@code dw = w - w0}, {@code dy = y - y0}), so that a group whose respondents are alike gives exactly
 * {@code n u0^2} rather than the difference of large sums, and a variable the calibration fixes keeps
 * a variance of 0; chunks are added in order, each moved to the first chunk's shift.
 */
final class GregGroupSums {
    /** The most groups (cells x levels x profiles) kept this way; more take the second pass. */
    static final int MOST = 1 << 16;
    /** Per group: w0, y0, sum dw, sum dy, sum dw^2, sum dw dy, sum dy^2. */
    static final int SUMS = 7;

    /** Respondents per group, group {@code (v * levels + k) * profiles + profile}. */
    final long[] count;
    /** The sums of group g at {@code g * SUMS}. */
    final double[] sums;

    GregGroupSums(int groups) {
        count = new long[groups];
        sums = new double[groups * SUMS];
    }

    /** Whether cells of this many levels and profiles are kept per group. */
    static boolean fits(int domains, int levels, int profiles) {
        return (long) domains * levels * profiles <= MOST;
    }

    /**
     * Pass 1 ({@link GregCellSums#addAll}) over respondents [from, to) of level features, with each
     * respondent's group sums: the shift of its group taken from the group's first respondent in the
     * chunk. One loop with the arrays in locals, as {@link GregCellSums#addAll}.
     */
    void addAll(GregCellSums into, int from, int to, int[] domain, boolean[] used, int[] levels) {
        GregModel model = into.model;
        int[] profileOf = model.rows.profile;
        int[] stratumOf = model.rows.stratum;
        double[] weights = model.weight;
        double[] designWeights = model.designWeight;
        double[] values = model.rows.values;
        long[] counts = into.inCell;
        double[] weighted = into.weightedFeatures;
        double[] profileSums = into.profileMoment;
        double[] numericSums = into.numericMoment;
        long[] groupCount = count;
        double[] groupSums = sums;
        boolean numeric = into.q == 1;
        int strataCount = into.strata;
        int fc = into.featureCount;
        int profileCount = into.profiles;
        for (int i = from; i < to; i++) {
            int v = domain[i];
            if (v < 0 || !used[i]) {
                continue;
            }
            int level = levels[i];
            if (level < 0) {
                throw new IllegalArgumentException("respondent " + (i + 1) + " is used in a cell but has no level");
            }
            int profile = profileOf[i];
            int slot = v * strataCount + stratumOf[profile];
            counts[slot]++;
            double w = weights[i];
            double d = designWeights[i];
            weighted[slot * fc + level] += w;
            int vk = v * fc + level;
            int g = vk * profileCount + profile;
            profileSums[g] += d;
            double y = 0;
            if (numeric) {
                numericSums[vk] += d * values[i];
                y = w * values[i];
            }
            int at = g * GregGroupSums.SUMS;
            if (groupCount[g]++ == 0) {
                groupSums[at] = w;
                groupSums[at + 1] = y;
            }
            double dw = w - groupSums[at];
            double dy = y - groupSums[at + 1];
            groupSums[at + 2] += dw;
            groupSums[at + 3] += dy;
            groupSums[at + 4] += dw * dw;
            groupSums[at + 5] += dw * dy;
            groupSums[at + 6] += dy * dy;
        }
    }

    /**
     * Pass 2's sums of group g for a statistic whose z is {@code z} in the group's level, into
     * {@code into} at {@code sum}: u, u^2, w x'B, (w x'B)^2 and, with {@code squares}, w z^2. With
     * a = z - f, u0 = a w0 - b y0 - m and F0 = f w0 + b y0 at the group's shift:
     *
     * <pre>
     * sum u         = n u0 + (a sum dw - b sum dy)
     * sum u^2       = n u0^2 + 2 u0 (a sum dw - b sum dy) + a^2 sum dw^2 - 2 a b sum dw dy + b^2 sum dy^2
     * sum w x'B     = n F0 + (f sum dw + b sum dy)
     * sum (w x'B)^2 = n F0^2 + 2 F0 (f sum dw + b sum dy) + f^2 sum dw^2 + 2 f b sum dw dy + b^2 sum dy^2
     * sum w z^2     = z^2 (n w0 + sum dw)
     * </pre>
     *
     * @param f the profile's fit, b the numeric column's (0 without one), m the stratum's provisional mean of u
     */
    void addTo(int g, double z, double f, double b, double m, boolean squares, double[] into, int sum) {
        long n = count[g];
        int at = g * SUMS;
        double w0 = sums[at];
        double y0 = sums[at + 1];
        double sw = sums[at + 2];
        double sy = sums[at + 3];
        double sww = sums[at + 4];
        double swy = sums[at + 5];
        double syy = sums[at + 6];
        double a = z - f;
        double u0 = a * w0 - b * y0 - m;
        double du = a * sw - b * sy;
        double f0 = f * w0 + b * y0;
        double df = f * sw + b * sy;
        into[sum] += n * u0 + du;
        into[sum + 1] += n * u0 * u0 + 2 * u0 * du + a * a * sww - 2 * a * b * swy + b * b * syy;
        into[sum + 2] += n * f0 + df;
        into[sum + 3] += n * f0 * f0 + 2 * f0 * df + f * f * sww + 2 * f * b * swy + b * b * syy;
        if (squares) {
            into[sum + 4] += z * z * (n * w0 + sw);
        }
    }

    /** Adds another chunk's groups, moved to this chunk's shifts. */
    void add(GregGroupSums part) {
        for (int g = 0; g < count.length; g++) {
            long n = part.count[g];
            if (n == 0) {
                continue;
            }
            int at = g * SUMS;
            if (count[g] == 0) {
                System.arraycopy(part.sums, at, sums, at, SUMS);
                count[g] = n;
                continue;
            }
            double dw = part.sums[at] - sums[at];
            double dy = part.sums[at + 1] - sums[at + 1];
            double w = part.sums[at + 2];
            double y = part.sums[at + 3];
            sums[at + 2] += w + n * dw;
            sums[at + 3] += y + n * dy;
            sums[at + 4] += part.sums[at + 4] + 2 * dw * w + n * dw * dw;
            sums[at + 5] += part.sums[at + 5] + dw * y + dy * w + n * dw * dy;
            sums[at + 6] += part.sums[at + 6] + 2 * dy * y + n * dy * dy;
            count[g] += n;
        }
    }
}
