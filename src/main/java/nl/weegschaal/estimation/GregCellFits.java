package nl.weegschaal.estimation;

/**
 * The residual fits of all statistics of the cells of one {@link GregCells} and the sums their
 * variances are made of. Per cell statistic (domain value v, statistic s) and stratum h:
 *
 * <pre>
 * m        provisional mean of u over the n_h respondents: (sum_{S_v, h} w z - B' sum_h w x) / n_h
 * inside   sum_{S_v, h} (u - m), sum (u - m)^2, sum w x'B, sum (w x'B)^2     (pass 2)
 * outside  sum (u - m) = -F - n_out m,  sum (u - m)^2 = Q + 2 m F + n_out m^2
 *          F = B' sum_h w x - sum_{S_v, h} w x'B,  Q = B' (sum_h w^2 x x') B - sum_{S_v, h} (w x'B)^2
 * within   sum (u - m)^2 - (sum (u - m))^2 / n_h;   around 0: sum (u - m)^2 + 2 m sum (u - m) + n_h m^2
 * </pre>
 *
 * The arrays are laid out with the statistics innermost, so that pass 2 reads and writes the
 * statistics of a respondent's cell and stratum side by side.
 */
final class GregCellFits {
    /** Sums per cell statistic and stratum in {@link Inside#sums}: u - m, (u - m)^2, w x'B, (w x'B)^2, w z^2. */
    private static final int SUMS = 5;

    private final GregModel model;
    private final int featureCount;
    private final int strata;
    private final int stats;
    private final int p;
    private final boolean[] estimated;
    /** c[((v * featureCount) + k) * stats + s]. */
    private final double[] c;
    /** B[((v * p) + j) * stats + s]. */
    private final double[] fit;
    /** m[((v * strata) + h) * stats + s]. */
    private final double[] centre;
    /** x'B of every profile's indicator part: profileFit[((v * profiles) + k) * stats + s]. */
    private final double[] profileFit;
    private final RowProfiles rows;
    private final int profiles;
    private final int q;
    private final Inside inside;
    private final boolean squares;

    /**
     * Pass 2's sums over the respondents inside the cells,
     * {@code sums[(((v * strata) + h) * stats + s) * SUMS + t]}.
     */
    static final class Inside {
        final double[] sums;

        Inside(int slots) {
            sums = new double[slots * SUMS];
        }

        void add(Inside part) {
            for (int k = 0; k < sums.length; k++) {
                sums[k] += part.sums[k];
            }
        }
    }

    /** @param squares whether to sum {@code w z^2} (only some statistics need it) */
    GregCellFits(GregModel model, double[][][] coefficients, int domains, int featureCount, boolean squares) {
        this.model = model;
        this.squares = squares;
        this.featureCount = featureCount;
        this.strata = model.strata.strata();
        this.p = model.p;
        int most = 0;
        for (double[][] cell : coefficients) {
            most = Math.max(most, cell == null ? 0 : cell.length);
        }
        this.stats = most;
        estimated = new boolean[domains];
        c = new double[domains * featureCount * stats];
        fit = new double[domains * p * stats];
        centre = new double[domains * strata * stats];
        rows = model.rows;
        profiles = rows.count();
        q = rows.numericCount();
        profileFit = new double[domains * profiles * stats];
        inside = inside();
        for (int v = 0; v < domains; v++) {
            if (coefficients[v] != null) {
                if (coefficients[v].length != stats) {
                    throw new IllegalArgumentException("every cell needs the same statistics");
                }
                estimated[v] = true;
                for (int s = 0; s < stats; s++) {
                    for (int k = 0; k < featureCount; k++) {
                        c[(v * featureCount + k) * stats + s] = coefficients[v][s][k];
                    }
                }
            }
        }
    }

    /** Empty sums for one chunk of pass 2. */
    Inside inside() {
        return new Inside(estimated.length * strata * stats);
    }

    /** Adds one chunk's sums of pass 2. */
    void add(Inside part) {
        inside.add(part);
    }

    /** The fits B of cell v's statistics and their provisional stratum means, from pass 1's sums. */
    void prepare(int v, double[] moment, double[] weightedFeatures) {
        double[] b = new double[p];
        for (int s = 0; s < stats; s++) {
            double[] m = new double[p];
            for (int k = 0; k < featureCount; k++) {
                double ck = c[(v * featureCount + k) * stats + s];
                for (int j = 0; j < p && ck != 0; j++) {
                    m[j] += ck * moment[(v * featureCount + k) * p + j];
                }
            }
            b = model.fit(m);
            for (int j = 0; j < p; j++) {
                fit[(v * p + j) * stats + s] = b[j];
            }
            for (int k = 0; k < profiles; k++) {
                double sum = 0;
                for (int a = rows.start[k]; a < rows.start[k + 1]; a++) {
                    sum += b[rows.columns[a]];
                }
                profileFit[(v * profiles + k) * stats + s] = sum;
            }
            for (int h = 0; h < strata; h++) {
                int slot = v * strata + h;
                double zIn = 0;
                for (int k = 0; k < featureCount; k++) {
                    zIn += c[(v * featureCount + k) * stats + s] * weightedFeatures[slot * featureCount + k];
                }
                centre[slot * stats + s] = (zIn - model.stratumFitted(h, b)) / model.strata.respondents(h);
            }
        }
    }

    /**
     * Pass 2: respondents [from, to), each one used in an estimated cell (domain value v), into a
     * chunk's sums. One loop with the arrays in locals and x'B made per statistic in place (the same
     * sums in the same order as ever): under the launcher's C1 compiler a call, the field reads and a
     * copy per respondent cost as much as the arithmetic.
     */
    void addAll(int from, int to, int[] domain, boolean[] used, GregCells.Features features, Inside into) {
        int[] levels = features.levelOf();
        double[] f = new double[featureCount];
        double[] weights = model.weight;
        int[] profileOf = rows.profile;
        int[] stratumOf = rows.stratum;
        double[] values = rows.values;
        int[] numeric = rows.numeric;
        double[] sums = into.sums;
        double[] profileFits = profileFit;
        double[] fits = fit;
        double[] centres = centre;
        double[] coefficients = c;
        boolean[] inEstimate = estimated;
        int n = stats;
        int fc = featureCount;
        int numerics = q;
        for (int i = from; i < to; i++) {
            int v = domain[i];
            if (v < 0 || !used[i] || !inEstimate[v]) {
                continue;
            }
            int level = levels == null ? -1 : levels[i];
            if (level < 0) {
                features.of(i, f);
            }
            double w = weights[i];
            int profile = profileOf[i];
            int fitAt = (v * profiles + profile) * n;
            int slot = (v * strata + stratumOf[profile]) * n;
            int at = i * numerics;
            int zAt = (v * fc + Math.max(level, 0)) * n;
            for (int s = 0; s < n; s++) {
                double fitted = profileFits[fitAt + s];
                for (int t = 0; t < numerics; t++) {
                    fitted += values[at + t] * fits[(v * p + numeric[t]) * n + s];
                }
                double z;
                if (level >= 0) {
                    z = coefficients[zAt + s];
                } else {
                    z = 0;
                    for (int k = 0; k < fc; k++) {
                        z += coefficients[(v * fc + k) * n + s] * f[k];
                    }
                }
                double u = w * (z - fitted) - centres[slot + s];
                double wFitted = w * fitted;
                int sum = (slot + s) * SUMS;
                sums[sum] += u;
                sums[sum + 1] += u * u;
                sums[sum + 2] += wFitted;
                sums[sum + 3] += wFitted * wFitted;
                if (squares) {
                    sums[sum + 4] += w * z * z;
                }
            }
        }
    }

    /** Pass 2 from pass 1's groups of level features ({@link GregGroupSums#addTo}). */
    void addGroups(GregGroupSums groups) {
        int numericAt = q == 1 ? rows.numeric[0] : -1;
        int n = stats;
        for (int v = 0; v < estimated.length; v++) {
            if (!estimated[v]) {
                continue;
            }
            for (int k = 0; k < featureCount; k++) {
                for (int profile = 0; profile < profiles; profile++) {
                    int g = (v * featureCount + k) * profiles + profile;
                    if (groups.count[g] == 0) {
                        continue;
                    }
                    int slot = (v * strata + rows.stratum[profile]) * n;
                    for (int s = 0; s < n; s++) {
                        groups.addTo(g, c[(v * featureCount + k) * n + s], profileFit[(v * profiles + profile) * n + s],
                                numericAt < 0 ? 0 : fit[(v * p + numericAt) * n + s], centre[slot + s], squares,
                                inside.sums, (slot + s) * SUMS);
                    }
                }
            }
        }
    }

    /** Pass 2 from pass 1's groups of features (1, y) ({@link GregFeatureGroups#addTo}). */
    void addGroups(GregFeatureGroups groups) {
        int numericAt = q == 1 ? rows.numeric[0] : -1;
        int n = stats;
        for (int v = 0; v < estimated.length; v++) {
            if (!estimated[v]) {
                continue;
            }
            for (int profile = 0; profile < profiles; profile++) {
                int g = v * profiles + profile;
                if (groups.count[g] == 0) {
                    continue;
                }
                int slot = (v * strata + rows.stratum[profile]) * n;
                for (int s = 0; s < n; s++) {
                    groups.addTo(g, c[v * featureCount * n + s], c[(v * featureCount + 1) * n + s],
                            profileFit[(v * profiles + profile) * n + s],
                            numericAt < 0 ? 0 : fit[(v * p + numericAt) * n + s], centre[slot + s], squares,
                            inside.sums, (slot + s) * SUMS);
                }
            }
        }
    }

    /** The variance of each of cell v's statistics, with its {@code sum_{S_v} w z^2}. */
    GregCells.Spread[] spreads(int v, long[] inCell) {
        GregCells.Spread[] out = new GregCells.Spread[stats];
        double[] b = new double[p];
        for (int s = 0; s < stats; s++) {
            for (int j = 0; j < p; j++) {
                b[j] = fit[(v * p + j) * stats + s];
            }
            double variance = 0;
            double weightedSquares = 0;
            for (int h = 0; h < strata; h++) {
                int slot = (v * strata + h) * stats + s;
                int at = slot * SUMS;
                double[] sums = inside.sums;
                double n = model.strata.respondents(h);
                long outside = model.strata.respondents(h) - inCell[v * strata + h];
                double m = centre[slot];
                double sum = sums[at];
                double squares = sums[at + 1];
                if (outside > 0) {
                    double fittedOut = model.stratumFitted(h, b) - sums[at + 2];
                    double squaredOut = Math.max(0.0, model.stratumQuadratic(h, b) - sums[at + 3]);
                    sum += -fittedOut - outside * m;
                    squares += squaredOut + 2 * m * fittedOut + outside * m * m;
                }
                weightedSquares += sums[at + 4];
                double within = Math.max(0.0, squares - sum * sum / n);
                double aroundZero = Math.max(0.0, squares + 2 * m * sum + n * m * m);
                variance += model.strata.contribution(h, within, aroundZero);
            }
            out[s] = new GregCells.Spread(variance, weightedSquares);
        }
        return out;
    }
}
