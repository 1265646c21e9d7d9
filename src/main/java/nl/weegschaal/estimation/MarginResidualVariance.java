package nl.weegschaal.estimation;

import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.Design;

/**
 * The variance of a linearised variable given per respondent under weights calibrated to margins
 * (post-stratification, raking), as R's {@code survey} computes it for such a design ({@code svyrecvar}
 * with {@code postStrata}), in the with-replacement form without finite-population correction that
 * {@link CalibratedVariance} uses for proportions:
 *
 * <pre>
 * u_i = x_i / w_i,  fitted = the projection of u on the margins' dummies (back-fitting, as survey),
 * e_i = w_i (u_i - fitted_i),  V = n / (n - 1) sum_i (e_i - ebar)^2,  df = n_d - 1
 * </pre>
 *
 * over all n respondents of the design (those outside the cell have x_i = 0 and keep their residual:
 * the fit is over the whole sample). Margins and weights are constant within a stratum, so the
 * projection runs on the stratum means of u ({@link Calibration.ToMargins#project}), as for proportions.
 */
final class MarginResidualVariance {
    private final int[] stratum;
    private final double[] weight;
    private final int[] respondents;
    private final Calibration.ToMargins calibration;

    MarginResidualVariance(Design design, int[] stratum, double[] weight, Calibration.ToMargins calibration) {
        this.stratum = stratum.clone();
        this.weight = weight.clone();
        this.respondents = new int[design.strataCount()];
        for (int h = 0; h < respondents.length; h++) {
            respondents[h] = design.stratum(h).respondents();
        }
        this.calibration = calibration;
    }

    double variance(double[] x) {
        double[] mean = new double[respondents.length];
        for (int i = 0; i < x.length; i++) {
            mean[stratum[i]] += x[i] / weight[i];
        }
        for (int h = 0; h < mean.length; h++) {
            mean[h] /= respondents[h];
        }
        double[] residual = mean.clone();
        calibration.project(residual, respondents);
        double[] e = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            int h = stratum[i];
            e[i] = x[i] - weight[i] * (mean[h] - residual[h]);
            sum += e[i];
        }
        double n = x.length;
        double centre = sum / n;
        double squares = 0;
        for (double ei : e) {
            squares += (ei - centre) * (ei - centre);
        }
        return n / (n - 1) * squares;
    }

    /** n_d - 1, as {@code degf} of a design without strata. */
    static long degreesOfFreedom(boolean[] used) {
        long n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        return n - 1;
    }
}
