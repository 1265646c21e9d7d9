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
    private final double cap;

    Raking(LonelyPsu lonelyPsu) {
        this(lonelyPsu, DEFAULT_MAX_SWEEPS);
    }

    Raking(LonelyPsu lonelyPsu, int maxSweeps) {
        this(lonelyPsu, maxSweeps, Double.POSITIVE_INFINITY);
    }

    /**
     * Raking with an upper bound on the weights: a category's adjustment leaves weights at the cap
     * where they are and spreads the rest over the weights below it, so that the margins hold and no
     * weight exceeds the cap (trimming and re-calibration in one).
     */
    Raking(LonelyPsu lonelyPsu, int maxSweeps, double cap) {
        this.lonelyPsu = lonelyPsu;
        this.maxSweeps = maxSweeps;
        this.cap = cap;
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
                for (int g = 0; g < margins.categories(k); g++) {
                    adjust(margins, k, g, n, weight, target[k][g]);
                }
            }
        }
        Gap gap = worstGap(margins, n, weight, target);
        if (!(gap.relative <= TOLERANCE) && Double.isFinite(cap)) {
            throw new WeightingException(String.format(java.util.Locale.ROOT, "trimming to a cap of %s and raking "
                            + "do not agree after %d sweeps: margin %s does not close (weighted total %.6f, population "
                            + "%.6f); raise the cap or collapse strata", Numbers.significant(cap, 6), maxSweeps,
                    margins.describe(gap.margin, gap.category), gap.weighted, gap.population));
        }
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

    /** Brings category g of margin k to its target, keeping weights at or below the cap. */
    private void adjust(Margins margins, int k, int g, double[] n, double[] weight, double target) {
        boolean[] capped = new boolean[n.length];
        for (int round = 0; round <= n.length; round++) {
            double fixed = 0;
            double free = 0;
            for (int h = 0; h < n.length; h++) {
                if (margins.category(k, h) == g) {
                    if (capped[h]) {
                        fixed += n[h] * weight[h];
                    } else {
                        free += n[h] * weight[h];
                    }
                }
            }
            if (free == 0) {
                if (fixed < target * (1 - TOLERANCE)) {
                    throw new WeightingException(String.format(java.util.Locale.ROOT, "trimming cannot keep margin %s: "
                            + "with every weight in it at the cap of %s its weighted total is %.6f, below its "
                            + "population %.6f; raise the cap or collapse strata", margins.describe(k, g),
                            Numbers.significant(cap, 6), fixed, target));
                }
                return;
            }
            double factor = (target - fixed) / free;
            boolean clipped = false;
            for (int h = 0; h < n.length; h++) {
                if (margins.category(k, h) == g && !capped[h]) {
                    weight[h] *= factor;
                    if (weight[h] > cap) {
                        weight[h] = cap;
                        capped[h] = true;
                        clipped = true;
                    }
                }
            }
            if (!clipped) {
                return;
            }
        }
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
