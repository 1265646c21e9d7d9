package nl.weegschaal.weighting;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Calibration residuals for the variance of an estimator under calibrated weights, exactly as R
 * {@code survey}'s {@code svyrecvar} treats a calibrated design: for the influence values
 * {@code w_i z_i} (z the linearised variable, w the calibrated weight) it takes
 * {@code qr.resid(qr(X * sqrt(d)), w z / (g sqrt(d))) * g sqrt(d)}, that is
 *
 * <pre>e_i = z_i - x_i'B,   B = (sum_i d_i x_i x_i')^+ sum_i d_i x_i z_i</pre>
 *
 * the residual of z from its least-squares fit on the model weighted by the <em>design</em> weights
 * d (the QR is made before calibration), and the variance is the design's (stratified, fpc) variance
 * of {@code w_i e_i}. For a domain, z is 0 outside it and the fit is still over the whole sample.
 *
 * <p>The normal equations are solved on columns scaled to unit weighted root mean square, with one
 * step of iterative refinement, so that the residuals keep the accuracy of R's QR. Cost: two passes
 * over the respondents per variable and a p x p system made once.
 */
public final class GregResiduals {
    private final double[] designWeights;
    private final double[][] rows;
    private final double[] scale;
    private final DecompositionSolver solver;

    public GregResiduals(double[] designWeights, CalibrationModel model) {
        if (designWeights.length != model.respondents()) {
            throw new IllegalArgumentException(designWeights.length + " design weights for "
                    + model.respondents() + " model rows");
        }
        this.designWeights = designWeights.clone();
        this.rows = model.rows();
        this.scale = columnScales(designWeights, rows, model.columns());
        this.solver = new SingularValueDecomposition(new Array2DRowRealMatrix(gram(), false)).getSolver();
    }

    /** The residuals e_i = z_i - x_i'B of the linearised values z (one per respondent). */
    public double[] residuals(double[] z) {
        if (z.length != rows.length) {
            throw new IllegalArgumentException(z.length + " values for " + rows.length + " respondents");
        }
        double[] residual = z.clone();
        subtractFit(residual);
        subtractFit(residual); // refinement: the fit of what the first fit left over
        return residual;
    }

    private void subtractFit(double[] residual) {
        int p = scale.length;
        double[] moment = new double[p];
        for (int i = 0; i < rows.length; i++) {
            double dz = designWeights[i] * residual[i];
            for (int j = 0; j < p; j++) {
                moment[j] += dz * rows[i][j] / scale[j];
            }
        }
        double[] b = solver.solve(new ArrayRealVector(moment, false)).toArray();
        for (int j = 0; j < p; j++) {
            b[j] /= scale[j];
        }
        for (int i = 0; i < rows.length; i++) {
            residual[i] -= GregCalibration.dot(rows[i], b);
        }
    }

    private double[][] gram() {
        int p = scale.length;
        double[][] gram = new double[p][p];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < p; j++) {
                double dx = designWeights[i] * rows[i][j] / scale[j];
                for (int k = 0; k < p; k++) {
                    gram[j][k] += dx * rows[i][k] / scale[k];
                }
            }
        }
        return gram;
    }

    private static double[] columnScales(double[] d, double[][] rows, int p) {
        double[] squares = new double[p];
        double weight = 0;
        for (int i = 0; i < rows.length; i++) {
            weight += d[i];
            for (int j = 0; j < p; j++) {
                squares[j] += d[i] * rows[i][j] * rows[i][j];
            }
        }
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            scale[j] = squares[j] > 0 ? Math.sqrt(squares[j] / weight) : 1.0;
        }
        return scale;
    }
}
