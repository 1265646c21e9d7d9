package nl.weegschaal.estimation;

import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.Margins;

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
    static final int SURVEY_RAKING_SWEEPS = 10;

    private final int[] respondents;
    private final double[] weight;
    private final Margins margins;
    private final int sweeps;
    private final long sampleSize;

    private CalibratedVariance(Design design, Margins margins, int sweeps) {
        int count = design.strataCount();
        respondents = new int[count];
        weight = new double[count];
        for (int h = 0; h < count; h++) {
            respondents[h] = design.stratum(h).respondents();
            weight[h] = design.stratum(h).weight();
        }
        this.margins = margins;
        this.sweeps = sweeps;
        this.sampleSize = design.respondents();
    }

    static CalibratedVariance postStratified(Design design) {
        return new CalibratedVariance(design, Margins.cells(design.strataCount()), 1);
    }

    static CalibratedVariance raked(Design design) {
        return new CalibratedVariance(design, Margins.of(design.strataColumns(), design.strata()),
                SURVEY_RAKING_SWEEPS);
    }

    @Override
    public double variance(DomainTally tally, int level, double p, double total) {
        Linearisation z = new Linearisation(p, total);
        int count = respondents.length;
        double[] residual = new double[count];
        for (int h = 0; h < count; h++) {
            residual[h] = z.mean(respondents[h], tally.answered(h), tally.count(level, h));
        }
        project(residual);
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

    /** Replaces stratum means by their residuals from the margins, by back-fitting. */
    private void project(double[] residual) {
        for (int sweep = 0; sweep < sweeps; sweep++) {
            for (int k = 0; k < margins.count(); k++) {
                double[] sum = new double[margins.categories(k)];
                double[] size = new double[margins.categories(k)];
                for (int h = 0; h < residual.length; h++) {
                    int g = margins.category(k, h);
                    sum[g] += respondents[h] * residual[h];
                    size[g] += respondents[h];
                }
                for (int h = 0; h < residual.length; h++) {
                    int g = margins.category(k, h);
                    residual[h] -= sum[g] / size[g];
                }
            }
        }
    }

    @Override
    public long degreesOfFreedom(DomainTally tally) {
        return tally.answeredTotal() - 1;
    }
}
