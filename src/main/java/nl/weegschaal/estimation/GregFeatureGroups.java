package nl.weegschaal.estimation;

/**
 * Pass 1's sums per group of a cell's respondents that share a row profile (so a stratum), when the
 * features are a numeric question's (1, y), as its total and mean have them, and the model has at most
 * one numeric column t: pass 2 of {@link GregCells} is then taken per group ({@link #addTo}), not per
 * respondent, as {@link GregGroupSums} does for level features. Within a group every statistic s has
 * one fit f of the profile and one b of t (0 without one), so with {@code phi = (w, w y, w t)},
 *
 * <pre>
 * u = w (c_0 + c_1 y - f - t b) - m = alpha . phi - m      alpha = (c_0 - f, c_1, -b)
 * w x'B = beta . phi                                      beta  = (f, 0, b)
 * w z^2 = w (c_0 + c_1 y)^2
 * </pre>
 *
 * and the group's sums of u, u^2, w x'B, (w x'B)^2 and w z^2 follow from n, the sums of phi and of its
 * products, and the sums of w (y - y0) and w (y - y0)^2. All are kept around the group's first
 * respondent in a chunk (shifted data), so that alike respondents give exactly {@code n u0^2}; chunks
 * are added in order, each moved to the first chunk's shifts. (A ratio's three features, grouped the same
 * way with loops over phi, took as long as its second pass under the launcher's C1 compiler: it keeps it.)
 */
final class GregFeatureGroups {
    /** The most groups (cells x profiles) kept this way; more take the second pass. */
    static final int MOST = 1 << 16;
    /** phi's dimension: w, w y, w t. */
    private static final int D = 3;
    /** Where, in a group's 15 sums: phi0, sum dphi, sum dphi dphi' (upper triangle), y0, sum w dy, sum w dy^2. */
    private static final int PHI_SUMS = 3;
    private static final int PHI_PRODUCTS = 6;
    private static final int Y0 = 12;
    private static final int Y_SUMS = 13;
    private static final int Y_SQUARES = 14;
    private static final int SIZE = 15;

    final long[] count;
    final double[] sums;

    GregFeatureGroups(int groups) {
        count = new long[groups];
        sums = new double[groups * SIZE];
    }

    /** Whether cells of this many profiles are kept per group. */
    static boolean fits(int domains, int profiles) {
        return (long) domains * profiles <= MOST;
    }

    /**
     * Adds a respondent of weight w, answer y and numeric column t (0 without one) to group g; written
     * out, as under the launcher's C1 compiler loops over phi's elements cost more than the second pass.
     */
    void add(int g, double w, double y, double t) {
        int at = g * SIZE;
        double[] s = sums;
        double wy = w * y;
        double wt = w * t;
        if (count[g]++ == 0) {
            s[at] = w;
            s[at + 1] = wy;
            s[at + 2] = wt;
            s[at + Y0] = y;
        }
        double d0 = w - s[at];
        double d1 = wy - s[at + 1];
        double d2 = wt - s[at + 2];
        double dy = y - s[at + Y0];
        s[at + 3] += d0;
        s[at + 4] += d1;
        s[at + 5] += d2;
        s[at + 6] += d0 * d0;
        s[at + 7] += d0 * d1;
        s[at + 8] += d0 * d2;
        s[at + 9] += d1 * d1;
        s[at + 10] += d1 * d2;
        s[at + 11] += d2 * d2;
        double wdy = w * dy;
        s[at + Y_SUMS] += wdy;
        s[at + Y_SQUARES] += wdy * dy;
    }

    /** Adds another chunk's groups, moved to this chunk's shifts. */
    void add(GregFeatureGroups part) {
        for (int g = 0; g < count.length; g++) {
            long n = part.count[g];
            if (n == 0) {
                continue;
            }
            int at = g * SIZE;
            if (count[g] == 0) {
                System.arraycopy(part.sums, at, sums, at, SIZE);
                count[g] = n;
                continue;
            }
            double[] p = part.sums;
            for (int a = 0, ab = PHI_PRODUCTS; a < D; a++) {
                double da = p[at + a] - sums[at + a];
                for (int b = a; b < D; b++, ab++) {
                    double db = p[at + b] - sums[at + b];
                    sums[at + ab] += p[at + ab] + da * p[at + PHI_SUMS + b] + db * p[at + PHI_SUMS + a] + n * da * db;
                }
            }
            for (int a = 0; a < D; a++) {
                sums[at + PHI_SUMS + a] += p[at + PHI_SUMS + a] + n * (p[at + a] - sums[at + a]);
            }
            double weight = n * p[at] + p[at + PHI_SUMS];
            double dy = p[at + Y0] - sums[at + Y0];
            sums[at + Y_SQUARES] += p[at + Y_SQUARES] + 2 * dy * p[at + Y_SUMS] + weight * dy * dy;
            sums[at + Y_SUMS] += p[at + Y_SUMS] + weight * dy;
            count[g] += n;
        }
    }

    /**
     * Pass 2's sums of group g for a statistic with coefficients (c0, c1) into {@code into} at {@code sum}:
     * u, u^2, w x'B, (w x'B)^2 and, with {@code squares}, w z^2.
     *
     * @param f the profile's fit, b the numeric column's, m the stratum's provisional mean of u
     */
    void addTo(int g, double c0, double c1, double f, double b, double m, boolean squares, double[] into, int sum) {
        long n = count[g];
        int at = g * SIZE;
        double[] s = sums;
        double[] alpha = {c0 - f, c1, -b};
        double[] beta = {f, 0, b};
        double u0 = dot(alpha, s, at) - m;
        double du = dot(alpha, s, at + PHI_SUMS);
        double fitted0 = dot(beta, s, at);
        double dFitted = dot(beta, s, at + PHI_SUMS);
        into[sum] += n * u0 + du;
        into[sum + 1] += n * u0 * u0 + 2 * u0 * du + quadratic(alpha, s, at + PHI_PRODUCTS);
        into[sum + 2] += n * fitted0 + dFitted;
        into[sum + 3] += n * fitted0 * fitted0 + 2 * fitted0 * dFitted + quadratic(beta, s, at + PHI_PRODUCTS);
        if (squares) {
            double z0 = c0 + c1 * s[at + Y0];
            double weight = n * s[at] + s[at + PHI_SUMS];
            into[sum + 4] += z0 * z0 * weight + 2 * z0 * c1 * s[at + Y_SUMS] + c1 * c1 * s[at + Y_SQUARES];
        }
    }

    private static double dot(double[] x, double[] s, int at) {
        double sum = 0;
        for (int a = 0; a < x.length; a++) {
            sum += x[a] * s[at + a];
        }
        return sum;
    }

    /** x' M x, M symmetric, its upper triangle row by row from {@code at}. */
    private static double quadratic(double[] x, double[] s, int at) {
        double sum = 0;
        for (int a = 0, ab = at; a < D; a++) {
            sum += x[a] * x[a] * s[ab++];
            for (int b = a + 1; b < D; b++) {
                sum += 2 * x[a] * x[b] * s[ab++];
            }
        }
        return sum;
    }
}
