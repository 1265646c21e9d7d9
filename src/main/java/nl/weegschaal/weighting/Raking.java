package nl.weegschaal.weighting;

import java.util.ArrayList;
import java.util.List;

/**
 * Raking (iterative proportional fitting) from base weight 1 to the margins of every strata column,
 * each margin's population total being the frame counts summed over that column. Weights are
 * adjusted to each margin in turn until every margin total is met to {@value #TOLERANCE} relative.
 * Because every adjustment multiplies a whole category, the weight stays constant within a stratum,
 * so the iteration runs on stratum counts, not on respondents.
 */
final class Raking implements Weighting {
    static final double TOLERANCE = 1e-12;
    static final int DEFAULT_MAX_SWEEPS = 1000;

    private final LonelyPsu lonelyPsu;
    private final int maxSweeps;

    Raking(LonelyPsu lonelyPsu) {
        this(lonelyPsu, DEFAULT_MAX_SWEEPS);
    }

    Raking(LonelyPsu lonelyPsu, int maxSweeps) {
        this.lonelyPsu = lonelyPsu;
        this.maxSweeps = maxSweeps;
    }

    @Override
    public Design weigh(List<String> strataColumns, List<StratumWeight> strata) {
        Margins margins = Margins.of(strataColumns, strata);
        int strataCount = strata.size();
        double[] n = new double[strataCount];
        double[] weight = new double[strataCount];
        for (int h = 0; h < strataCount; h++) {
            n[h] = strata.get(h).respondents();
            weight[h] = 1.0;
        }
        double[][] target = new double[margins.count()][];
        for (int k = 0; k < margins.count(); k++) {
            target[k] = new double[margins.categories(k)];
            for (int h = 0; h < strataCount; h++) {
                target[k][margins.category(k, h)] += strata.get(h).population();
            }
        }
        for (int sweep = 0; sweep < maxSweeps && worstGap(margins, n, weight, target).relative > TOLERANCE; sweep++) {
            for (int k = 0; k < margins.count(); k++) {
                double[] total = totals(margins, k, n, weight);
                for (int h = 0; h < strataCount; h++) {
                    int g = margins.category(k, h);
                    weight[h] *= target[k][g] / total[g];
                }
            }
        }
        Gap gap = worstGap(margins, n, weight, target);
        if (!(gap.relative <= TOLERANCE)) {
            throw new WeightingException(String.format(java.util.Locale.ROOT,
                    "raking does not converge after %d sweeps: margin %s does not close "
                            + "(weighted total %.6f, population %.6f, relative gap %.3g)",
                    maxSweeps, margins.describe(gap.margin, gap.category), gap.weighted, gap.population,
                    gap.relative));
        }
        List<StratumWeight> weighted = new ArrayList<>(strataCount);
        for (int h = 0; h < strataCount; h++) {
            StratumWeight s = strata.get(h);
            weighted.add(new StratumWeight(s.key(), s.population(), s.respondents(), weight[h]));
        }
        return new Design(WeightingMethod.RAKE, lonelyPsu, strataColumns, weighted);
    }

    private static double[] totals(Margins margins, int k, double[] n, double[] weight) {
        double[] total = new double[margins.categories(k)];
        for (int h = 0; h < n.length; h++) {
            total[margins.category(k, h)] += n[h] * weight[h];
        }
        return total;
    }

    private static Gap worstGap(Margins margins, double[] n, double[] weight, double[][] target) {
        Gap worst = new Gap(0, 0, 0, 0, 0);
        for (int k = 0; k < margins.count(); k++) {
            double[] total = totals(margins, k, n, weight);
            for (int g = 0; g < total.length; g++) {
                double relative = Math.abs(total[g] - target[k][g]) / target[k][g];
                if (!(relative <= worst.relative)) {
                    worst = new Gap(k, g, total[g], target[k][g], relative);
                }
            }
        }
        return worst;
    }

    private record Gap(int margin, int category, double weighted, double population, double relative) {
    }
}
