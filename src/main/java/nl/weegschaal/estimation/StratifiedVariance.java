package nl.weegschaal.estimation;

import java.util.List;
import nl.weegschaal.weighting.Numbers;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingException;

/**
 * Variance of stratified simple random sampling without replacement, with finite-population
 * correction:
 *
 * <pre>V = sum_h (1 - f_h) n_h / (n_h - 1) sum_{i in h} (x_i - xbar_h)^2</pre>
 *
 * where xbar_h is the mean over all n_h respondents of the stratum (zeros outside the domain
 * included). A certainty stratum (n_h = N_h) contributes 0. A lonely stratum (n_h = 1) contributes
 * {@code (1 - f_h) x_i^2} under {@code adjust}, 0 under {@code remove}, and fails under {@code fail}.
 * Degrees of freedom: {@code n_d - H_d}.
 */
final class StratifiedVariance implements VarianceEstimator {
    private final int[] respondents;
    private final double[] weight;
    private final double[] finiteCorrection;
    private final boolean[] lonely;
    private final boolean adjustLonely;

    StratifiedVariance(Design design) {
        List<StratumWeight> strata = design.strata();
        int count = strata.size();
        respondents = new int[count];
        weight = new double[count];
        finiteCorrection = new double[count];
        lonely = new boolean[count];
        for (int h = 0; h < count; h++) {
            StratumWeight s = strata.get(h);
            respondents[h] = s.respondents();
            weight[h] = s.weight();
            finiteCorrection[h] = s.certainty() ? 0.0 : 1.0 - s.samplingFraction();
            lonely[h] = s.lonely();
            if (lonely[h] && design.lonelyPsu() == LonelyPsu.FAIL) {
                throw new WeightingException("stratum " + s.key() + " has a single respondent (N = "
                        + Numbers.format(s.population()) + "), so its variance cannot be estimated; "
                        + "use --lonely-psu adjust or remove, or collapse the stratum");
            }
        }
        adjustLonely = design.lonelyPsu() == LonelyPsu.ADJUST;
    }

    @Override
    public double variance(DomainTally tally, int level, double p, double total) {
        Linearisation z = new Linearisation(p, total);
        double v = 0;
        for (int h = 0; h < respondents.length; h++) {
            int m = tally.answered(h);
            if (m == 0 || finiteCorrection[h] == 0.0) {
                continue; // a stratum without domain answers has x = 0 throughout
            }
            int n = respondents[h];
            int k = tally.count(level, h);
            double w2 = weight[h] * weight[h];
            v += lonely[h] ? contribution(h, 0.0, w2 * z.squaresAround(n, m, k, 0.0))
                    : contribution(h, w2 * z.squaresWithin(n, m, k), 0.0);
        }
        return v;
    }

    /**
     * What stratum h adds to the variance of a linearised variable x, the one place where the
     * finite-population correction, certainty and the lonely-stratum rule are applied (proportions
     * and numeric statistics alike): 0 for a certainty stratum; {@code (1 - f_h) sum x_i^2} for a
     * lonely one under {@code adjust}, 0 under {@code remove}; otherwise
     * {@code (1 - f_h) n_h / (n_h - 1) sum (x_i - xbar_h)^2}.
     *
     * @param squaresWithin     {@code sum_{i in h} (x_i - xbar_h)^2}, xbar_h over all n_h respondents
     * @param squaresAroundZero {@code sum_{i in h} x_i^2} (only used for a lonely stratum)
     */
    double contribution(int h, double squaresWithin, double squaresAroundZero) {
        if (finiteCorrection[h] == 0.0) {
            return 0.0;
        }
        if (lonely[h]) {
            return adjustLonely ? finiteCorrection[h] * squaresAroundZero : 0.0;
        }
        int n = respondents[h];
        return finiteCorrection[h] * n / (n - 1.0) * squaresWithin;
    }

    /** H, the number of strata of the design. */
    int strata() {
        return respondents.length;
    }

    /** n_h, the respondents of stratum h. */
    int respondents(int h) {
        return respondents[h];
    }

    @Override
    public long degreesOfFreedom(DomainTally tally) {
        return tally.answeredTotal() - tally.strataAnswered();
    }
}
