package nl.weegschaal.compare;

import java.util.List;

/** Ratios new/old of the stratum weights of strata weighted in both runs: how many, the range, how many moved. */
public record WeightChangeSummary(int strata, double minRatio, double medianRatio, double maxRatio,
                                  int changedMoreThan1Pct) {

    public static WeightChangeSummary of(List<StratumChange> changes) {
        double[] ratios = changes.stream().map(StratumChange::weightRatio).filter(r -> r != null)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (ratios.length == 0) {
            return new WeightChangeSummary(0, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        int n = ratios.length;
        double median = n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
        int changed = 0;
        for (double ratio : ratios) {
            if (Math.abs(ratio - 1) > 0.01) {
                changed++;
            }
        }
        return new WeightChangeSummary(n, ratios[0], median, ratios[n - 1], changed);
    }
}
