package nl.weegschaal.weighting;

import java.util.List;

/**
 * A weighted sample design: the strata with their weights, the weighting method that produced them,
 * what the weights are calibrated to (it decides the variance formula, as {@code survey}'s design
 * carries its {@code postStrata}) and the lonely-stratum rule. Immutable; re-weighting returns a new
 * design.
 *
 * <p>Every method used here gives all respondents of a stratum (the combination of the strata
 * columns) the same weight, so per-stratum counts are sufficient statistics for every estimate.
 */
public record Design(WeightingMethod method, LonelyPsu lonelyPsu, List<String> strataColumns,
                     List<StratumWeight> strata, Calibration calibration) {
    public Design {
        strataColumns = List.copyOf(strataColumns);
        strata = List.copyOf(strata);
    }

    /** A design of a method, with the calibration that method's weights have. */
    public Design(WeightingMethod method, LonelyPsu lonelyPsu, List<String> strataColumns, List<StratumWeight> strata) {
        this(method, lonelyPsu, strataColumns, strata, method.calibration(strataColumns, strata));
    }

    public int strataCount() {
        return strata.size();
    }

    public StratumWeight stratum(int h) {
        return strata.get(h);
    }

    /** n, the number of respondents of the whole sample. */
    public long respondents() {
        long n = 0;
        for (StratumWeight s : strata) {
            n += s.respondents();
        }
        return n;
    }

    public double[] weights() {
        double[] w = new double[strata.size()];
        for (int h = 0; h < w.length; h++) {
            w[h] = strata.get(h).weight();
        }
        return w;
    }
}
