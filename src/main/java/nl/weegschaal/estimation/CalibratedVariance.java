package nl.weegschaal.estimation;

import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.Calibration;

/**
 * Variance of a proportion under calibrated weights (post-stratification, raking), in the
 * with-replacement form without finite-population correction:
 *
 * <pre>e_i = w_i (x_i / w_i - fitted_i),   V = n / (n - 1) sum_i (e_i - ebar)^2</pre>
 *
 * where {@code fitted} is the projection of {@code x / w} on the dummies of the calibration margins,
 * computed as R's {@code survey} does by back-fitting: {@code e <- e - w * ave(e / w, margin)} over
 * each margin in turn. For post-stratification the margin is the strata themselves and one sweep
 * is exact; for raking the margins are the strata columns and {@code survey} runs 10 sweeps.
 * Because weights and margins are constant within a stratum, the projection runs on stratum means.
 * Degrees of freedom: {@code n_d - 1}.
 */
final class CalibratedVariance implements VarianceEstimator {
    private final int[] respondents;
    private final double[] weight;
    private final Calibration.ToMargins calibration;
    private final long sampleSize;

    CalibratedVariance(Design design, Calibration.ToMargins calibration) {
        int count = design.strataCount();
        respondents = new int[count];
        weight = new double[count];
        for (int h = 0; h < count; h++) {
            respondents[h] = design.stratum(h).respondents();
            weight[h] = design.stratum(h).weight();
        }
        this.calibration = calibration;
        this.sampleSize = design.respondents();
    }

    @Override
    public double variance(DomainTally tally, int level, double p, double total) {
        Linearisation z = new Linearisation(p, total);
        int count = respondents.length;
        double[] residual = new double[count];
        for (int h = 0; h < count; h++) {
            residual[h] = z.mean(respondents[h], tally.answered(h), tally.count(level, h));
        }
        calibration.project(residual, respondents);
        double squares = 0;
        double sum = 0;
        for (int h = 0; h < count; h++) {
            int n = respondents[h];
            double w = weight[h];
            double within = z.squaresWithin(n, tally.answered(h), tally.count(level, h));
            squares += w * w * (within + n * residual[h] * residual[h]);
            sum += w * n * residual[h];
        }
        double n = sampleSize;
        return n / (n - 1) * (squares - sum * sum / n);
    }

    @Override
    public long degreesOfFreedom(DomainTally tally) {
        return tally.answeredTotal() - 1;
    }
}
