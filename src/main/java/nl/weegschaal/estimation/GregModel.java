package nl.weegschaal.estimation;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.SparseRows;
import nl.weegschaal.weighting.StratumWeight;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * A design calibrated to totals as the GREG estimators read it: per respondent its stratum, design
 * weight d_i, weight w_i and model row x_i (as {@link RowProfiles}), and the weighted least-squares
 * fit of the calibration residuals,
 *
 * <pre>B = (sum_i d_i x_i x_i')^+ m,   m = sum_i d_i x_i z_i</pre>
 *
 * as {@code survey}'s {@code qr.resid} on {@code X sqrt(d)} (the QR is made before calibration, so
 * with the design weights). The normal equations are solved once, by SVD (pseudo-inverse, as the
 * pivoted QR for a rank-deficient model), on columns scaled to unit weighted root mean square, with a
 * step of iterative refinement, so that B keeps the accuracy of R's QR. Per stratum it keeps
 * {@code sum w x} and {@code sum w^2 x x'}, from which the respondents outside a cell add their part
 * of a variance ({@link GregCells}).
 */
final class GregModel {
    final int[] stratum;
    final double[] designWeight;
    final double[] weight;
    /** The model rows as the passes read them. */
    final RowProfiles rows;
    final int p;
    final StratifiedVariance strata;
    private final double[] scale;
    private final double[][] gram;
    private final DecompositionSolver solver;
    private final double[] stratumFirst;
    private final double[] stratumSecond;
    private final LonelyPsu lonelyPsu;
    private final List<StratumWeight> strataOf;
    private static final Map<Calibration.ToTotals, GregModel> MODELS = new WeakHashMap<>();

    /**
     * The model of a design's calibration, made once per calibration: the proportion and numeric
     * estimators of one design share it (kept while the calibration is reachable).
     */
    static GregModel of(Design design) {
        Calibration.ToTotals calibration = design.toTotals();
        if (calibration == null) {
            return new GregModel(design);
        }
        // made under the lock: the proportion and numeric estimators of one design, made side by side,
        // wait for one model rather than each making its own
        synchronized (MODELS) {
            GregModel known = MODELS.get(calibration);
            if (known != null && known.lonelyPsu == design.lonelyPsu() && known.strataOf.equals(design.strata())) {
                return known;
            }
            GregModel made = new GregModel(design);
            MODELS.put(calibration, made);
            return made;
        }
    }

    GregModel(Design design) {
        Calibration.ToTotals calibration = design.toTotals();
        if (calibration == null) {
            throw new IllegalArgumentException("the GREG estimators need a design calibrated to totals; method '"
                    + design.method().code() + "' has no calibration to totals");
        }
        this.strata = new StratifiedVariance(design);
        this.lonelyPsu = design.lonelyPsu();
        this.strataOf = design.strata();
        this.stratum = calibration.stratum().clone();
        this.designWeight = calibration.designWeights().clone();
        this.weight = calibration.weights().clone();
        this.p = calibration.model().columns();
        checkStrata(design);
        SparseRows rows = calibration.model().sparseRows();
        this.stratumFirst = new double[strata.strata() * p];
        this.stratumSecond = new double[strata.strata() * p * p];
        int[] cols = new int[p];
        double[] vals = new double[p];
        double[][] unscaled = new double[p][p];
        for (int i = 0; i < rows.rows(); i++) {
            int k = 0;
            for (int e = rows.start(i); e < rows.start(i + 1); e++) {
                cols[k] = rows.column(e);
                vals[k++] = rows.value(e);
            }
            addMoments(i, k, cols, vals, unscaled);
        }
        this.rows = RowProfiles.of(rows, stratum, p);
        this.scale = columnScales(unscaled);
        this.gram = new double[p][p];
        for (int j = 0; j < p; j++) {
            for (int l = 0; l < p; l++) {
                gram[j][l] = unscaled[Math.min(j, l)][Math.max(j, l)] / scale[j] / scale[l];
            }
        }
        this.solver = new SingularValueDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver();
    }

    /**
     * Adds row i (its non-zero entries, the first {@code to} of cols/vals) to the upper triangles of
     * {@code sum d x x'} and, for its stratum, of {@code sum w^2 x x'}, and to its stratum's {@code sum w x}.
     */
    private void addMoments(int i, int to, int[] cols, double[] vals, double[][] unscaled) {
        double d = designWeight[i];
        double w = weight[i];
        int firstBase = stratum[i] * p;
        int secondBase = stratum[i] * p * p;
        for (int a = 0; a < to; a++) {
            int row = cols[a];
            double wx = w * vals[a];
            double dx = d * vals[a];
            stratumFirst[firstBase + row] += wx;
            for (int b = a; b < to; b++) {
                unscaled[row][cols[b]] += dx * vals[b];
                stratumSecond[secondBase + row * p + cols[b]] += wx * w * vals[b];
            }
        }
    }

    /** Each column's weighted root mean square {@code sqrt(sum d x_j^2 / sum d)}; 1 for a column of zeros. */
    private double[] columnScales(double[][] unscaled) {
        double total = 0;
        for (double d : designWeight) {
            total += d;
        }
        double[] s = new double[p];
        for (int j = 0; j < p; j++) {
            s[j] = unscaled[j][j] > 0 ? Math.sqrt(unscaled[j][j] / total) : 1.0;
        }
        return s;
    }

    /** {@code b' sum_h w x}: minus the sum over stratum h of the influences -w x'b. */
    double stratumFitted(int h, double[] b) {
        double s = 0;
        for (int j = 0; j < p; j++) {
            s += stratumFirst[h * p + j] * b[j];
        }
        return s;
    }

    /** {@code b' (sum_h w^2 x x') b}: the sum over stratum h of the squared influences (w x'b)^2. */
    double stratumQuadratic(int h, double[] b) {
        int base = h * p * p;
        double s = 0;
        for (int j = 0; j < p; j++) {
            if (b[j] == 0) {
                continue;
            }
            double row = stratumSecond[base + j * p + j] * b[j];
            for (int k = j + 1; k < p; k++) {
                row += 2 * stratumSecond[base + j * p + k] * b[k];
            }
            s += b[j] * row;
        }
        return s;
    }

    private void checkStrata(Design design) {
        RespondentStrata.checkCounts(design, stratum, "are calibrated");
    }

    int size() {
        return stratum.length;
    }

    /** B for the moment m = sum d x z (unscaled columns); B = 0 exactly when m = 0. */
    double[] fit(double[] moment) {
        double[] scaled = new double[p];
        for (int j = 0; j < p; j++) {
            scaled[j] = moment[j] / scale[j];
        }
        double[] b = solver.solve(new ArrayRealVector(scaled, false)).toArray();
        double[] residual = scaled.clone();
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                residual[j] -= gram[j][k] * b[k];
            }
        }
        double[] correction = solver.solve(new ArrayRealVector(residual, false)).toArray();
        for (int j = 0; j < p; j++) {
            b[j] = (b[j] + correction[j]) / scale[j];
        }
        return b;
    }
}
