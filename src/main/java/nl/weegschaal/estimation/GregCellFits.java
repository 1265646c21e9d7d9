package nl.weegschaal.estimation;

/**
 * The residual fits of all statistics of the cells of one {@link GregCells} and the sums their
 * variances are made of, in flat arrays indexed by cell statistic {@code vs = v * stats + s} (then
 * by stratum, model column or feature). Per cell statistic and stratum h:
 *
 * <pre>
 * m        provisional mean of u over the n_h respondents: (sum_{S_v, h} w z - B' sum_h w x) / n_h
 * inside   sum_{S_v, h} (u - m), sum (u - m)^2, sum w x'B, sum (w x'B)^2     (pass 2)
 * outside  sum (u - m) = -F - n_out m,  sum (u - m)^2 = Q + 2 m F + n_out m^2
 *          F = B' sum_h w x - sum_{S_v, h} w x'B,  Q = B' (sum_h w^2 x x') B - sum_{S_v, h} (w x'B)^2
 * within   sum (u - m)^2 - (sum (u - m))^2 / n_h;   around 0: sum (u - m)^2 + 2 m sum (u - m) + n_h m^2
 * </pre>
 */
final class GregCellFits {
    private final GregModel model;
    private final int featureCount;
    private final int strata;
    private final int stats;
    private final boolean[] estimated;
    private final double[] c;
    private final double[] fit;
    private final double[] centre;
    private final int[] columns;
    private final double[] values;
    private final Inside inside;

    /** Pass 2's sums over the respondents inside the cells, per cell statistic and stratum. */
    static final class Inside {
        final double[] sum;
        final double[] squares;
        final double[] fitted;
        final double[] fittedSquares;
        final double[] weightedSquares;

        Inside(int cellStats, int strata) {
            sum = new double[cellStats * strata];
            squares = new double[cellStats * strata];
            fitted = new double[cellStats * strata];
            fittedSquares = new double[cellStats * strata];
            weightedSquares = new double[cellStats];
        }

        void add(Inside part) {
            for (int k = 0; k < sum.length; k++) {
                sum[k] += part.sum[k];
                squares[k] += part.squares[k];
                fitted[k] += part.fitted[k];
                fittedSquares[k] += part.fittedSquares[k];
            }
            for (int k = 0; k < weightedSquares.length; k++) {
                weightedSquares[k] += part.weightedSquares[k];
            }
        }
    }

    GregCellFits(GregModel model, double[][][] coefficients, int domains, int featureCount) {
        this.model = model;
        this.featureCount = featureCount;
        this.strata = model.strata.strata();
        int most = 0;
        for (double[][] cell : coefficients) {
            most = Math.max(most, cell == null ? 0 : cell.length);
        }
        this.stats = most;
        int cellStats = domains * stats;
        estimated = new boolean[domains];
        c = new double[cellStats * featureCount];
        fit = new double[cellStats * model.p];
        centre = new double[cellStats * strata];
        columns = model.columns;
        values = model.values;
        inside = new Inside(cellStats, strata);
        for (int v = 0; v < domains; v++) {
            if (coefficients[v] != null) {
                if (coefficients[v].length != stats) {
                    throw new IllegalArgumentException("every cell needs the same statistics");
                }
                estimated[v] = true;
                for (int s = 0; s < stats; s++) {
                    System.arraycopy(coefficients[v][s], 0, c, (v * stats + s) * featureCount, featureCount);
                }
            }
        }
    }

    /** Empty sums for one chunk of pass 2. */
    Inside inside() {
        return new Inside(estimated.length * stats, strata);
    }

    /** Adds one chunk's sums of pass 2. */
    void add(Inside part) {
        inside.add(part);
    }

    boolean estimated(int v) {
        return estimated[v];
    }

    /** The fits B of cell v's statistics and their provisional stratum means, from pass 1's sums. */
    void prepare(int v, double[] moment, double[] weightedFeatures) {
        int p = model.p;
        double[] b = new double[p];
        for (int s = 0; s < stats; s++) {
            int vs = v * stats + s;
            double[] m = new double[p];
            for (int k = 0; k < featureCount; k++) {
                double ck = c[vs * featureCount + k];
                for (int j = 0; j < p && ck != 0; j++) {
                    m[j] += ck * moment[(v * featureCount + k) * p + j];
                }
            }
            System.arraycopy(model.fit(m), 0, fit, vs * p, p);
            System.arraycopy(fit, vs * p, b, 0, p);
            for (int h = 0; h < strata; h++) {
                int slot = v * strata + h;
                double zIn = 0;
                for (int k = 0; k < featureCount; k++) {
                    zIn += c[vs * featureCount + k] * weightedFeatures[slot * featureCount + k];
                }
                centre[vs * strata + h] = (zIn - model.stratumFitted(h, b)) / model.strata.respondents(h);
            }
        }
    }

    /** Pass 2: respondent i of cell v, with features f, into a chunk's sums. */
    void add(int i, int v, double[] f, Inside into) {
        int p = model.p;
        int h = model.stratum[i];
        double w = model.weight[i];
        int from = model.start[i];
        int to = model.start[i + 1];
        for (int s = 0; s < stats; s++) {
            int vs = v * stats + s;
            double z = 0;
            for (int k = 0; k < featureCount; k++) {
                z += c[vs * featureCount + k] * f[k];
            }
            double fitted = 0;
            int base = vs * p;
            for (int a = from; a < to; a++) {
                fitted += values[a] * fit[base + columns[a]];
            }
            int slot = vs * strata + h;
            double u = w * (z - fitted) - centre[slot];
            into.sum[slot] += u;
            into.squares[slot] += u * u;
            double wFitted = w * fitted;
            into.fitted[slot] += wFitted;
            into.fittedSquares[slot] += wFitted * wFitted;
            into.weightedSquares[vs] += w * z * z;
        }
    }

    /** The variance of each of cell v's statistics, with its {@code sum_{S_v} w z^2}. */
    GregCells.Spread[] spreads(int v, long[] inCell) {
        GregCells.Spread[] out = new GregCells.Spread[stats];
        double[] b = new double[model.p];
        for (int s = 0; s < stats; s++) {
            int vs = v * stats + s;
            System.arraycopy(fit, vs * model.p, b, 0, model.p);
            double variance = 0;
            for (int h = 0; h < strata; h++) {
                int slot = vs * strata + h;
                double n = model.strata.respondents(h);
                long outside = model.strata.respondents(h) - inCell[v * strata + h];
                double m = centre[slot];
                double sum = inside.sum[slot];
                double squares = inside.squares[slot];
                if (outside > 0) {
                    double fittedOut = model.stratumFitted(h, b) - inside.fitted[slot];
                    double squaredOut = Math.max(0.0, model.stratumQuadratic(h, b) - inside.fittedSquares[slot]);
                    sum += -fittedOut - outside * m;
                    squares += squaredOut + 2 * m * fittedOut + outside * m * m;
                }
                double within = Math.max(0.0, squares - sum * sum / n);
                double aroundZero = Math.max(0.0, squares + 2 * m * sum + n * m * m);
                variance += model.strata.contribution(h, within, aroundZero);
            }
            out[s] = new GregCells.Spread(variance, inside.weightedSquares[vs]);
        }
        return out;
    }
}
