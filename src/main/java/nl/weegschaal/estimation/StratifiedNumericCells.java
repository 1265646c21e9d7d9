package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link NumericEstimator}'s totals, means and ratios under the stratified design, in every value of a
 * domain variable at once: the same cells, formulas and order, in a few passes over the respondents
 * whatever the number of values (a pass per value took most of a million-record wave's numeric
 * estimates). A respondent is in one value's cell at most, so one array holds every value's linearised
 * variable, and {@link RespondentStrata#variances} gives each value's stratified variance with everyone
 * outside the value as 0, as the design is kept whole:
 *
 * <pre>
 * total:  T_v = sum_{S_v} w y                x_i = w_i y_i
 * mean:   ybar_v = T_v / W_v                 x_i = w_i (y_i - ybar_v) / W_v
 * ratio:  R_v = sum_{S_v} w y / sum_{S_v} w z   x_i = w_i (y_i - R_v z_i) / sum_{S_v} w z
 * </pre>
 */
final class StratifiedNumericCells implements NumericCells {
    private final RespondentStrata strata;
    private final String method;

    StratifiedNumericCells(RespondentStrata strata, String method) {
        this.strata = strata;
        this.method = method;
    }

    /** Per respondent the value whose cell it is in (-1: none), and per value n_d, W and df = n_d - H_d. */
    private record Cells(int[] of, long[] respondents, double[] weight, long[] df) {
        static Cells of(RespondentStrata strata, int[] domain, int values, double[] y, double @Nullable [] z) {
            Cell.requireLengths(strata, domain.length, y, z);
            Cell.checkIndices("domain", domain, values);
            int[] of = new int[y.length];
            long[] n = new long[values];
            double[] w = new double[values];
            boolean[][] seen = new boolean[values][strata.strataCount()];
            long[] df = new long[values];
            for (int i = 0; i < of.length; i++) {
                boolean used = domain[i] >= 0 && Cell.answered(y, z, i);
                of[i] = used ? domain[i] : -1;
                if (used) {
                    n[of[i]]++;
                    w[of[i]] += strata.weight(i);
                    if (!seen[of[i]][strata.stratum(i)]) {
                        seen[of[i]][strata.stratum(i)] = true;
                        df[of[i]]--;
                    }
                }
            }
            for (int v = 0; v < values; v++) {
                df[v] += n[v];
            }
            return new Cells(of, n, w, df);
        }
    }

    @Override
    public List<NumericEstimate> totalsAndMeans(String variable, double[] y, String domainVar, List<String> values,
                                         int[] domain) {
        int count = values.size();
        Cells cells = Cells.of(strata, domain, count, y, null);
        double[] total = new double[count];
        double[] first = new double[count];
        boolean[] constant = new boolean[count];
        Arrays.fill(first, Double.NaN);
        Arrays.fill(constant, true);
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int v = cells.of()[i];
            if (v >= 0) {
                x[i] = strata.weight(i) * y[i];
                total[v] += x[i];
                first[v] = Double.isNaN(first[v]) ? y[i] : first[v];
                constant[v] &= y[i] == first[v];
            }
        }
        double[] totalVariance = strata.variances(x, cells.of(), count);
        double[] weighted = new double[count];
        double[] mean = new double[count];
        for (int v = 0; v < count; v++) {
            weighted[v] = total[v] / cells.weight()[v];
            mean[v] = constant[v] ? first[v] : weighted[v];
        }
        double[] squares = new double[count];
        double[] centred = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int v = cells.of()[i];
            if (v >= 0) {
                // the spread is around the weighted mean itself, also when all values are equal (SpreadOfValues)
                double d = y[i] - weighted[v];
                squares[v] += strata.weight(i) * d * d;
                centred[i] = strata.weight(i) * (y[i] - mean[v]) / cells.weight()[v];
            }
        }
        double[] meanVariance = strata.variances(centred, cells.of(), count);
        List<NumericEstimate> rows = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            long n = cells.respondents()[v];
            if (n == 0) {
                continue;
            }
            SpreadOfValues spread = SpreadOfValues.of(constant[v], first[v], squares[v], n, cells.weight()[v]);
            double vMean = constant[v] ? 0.0 : meanVariance[v];
            rows.add(row(NumericStatistic.TOTAL, variable, domainVar, values.get(v), cells, v, total[v],
                    totalVariance[v], spread.deffOfTotal(totalVariance[v])));
            rows.add(row(NumericStatistic.MEAN, variable, domainVar, values.get(v), cells, v, mean[v], vMean,
                    spread.deffOfMean(vMean)));
        }
        return rows;
    }

    @Override
    public List<NumericEstimate> ratios(String numerator, double[] y, String denominator, double[] z, String domainVar,
                                 List<String> values, int[] domain) {
        int count = values.size();
        Cells cells = Cells.of(strata, domain, count, y, z);
        double[] top = new double[count];
        double[] bottom = new double[count];
        for (int i = 0; i < y.length; i++) {
            int v = cells.of()[i];
            if (v >= 0) {
                top[v] += strata.weight(i) * y[i];
                bottom[v] += strata.weight(i) * z[i];
            }
        }
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int v = cells.of()[i];
            if (v >= 0) {
                x[i] = strata.weight(i) * (y[i] - top[v] / bottom[v] * z[i]) / bottom[v];
            }
        }
        double[] variance = strata.variances(x, cells.of(), count);
        List<NumericEstimate> rows = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            if (cells.respondents()[v] > 0 && bottom[v] != 0) {
                rows.add(row(NumericStatistic.RATIO, numerator + "/" + denominator, domainVar, values.get(v), cells, v,
                        top[v] / bottom[v], variance[v], null));
            }
        }
        return rows;
    }

    private NumericEstimate row(NumericStatistic statistic, String variable, String domainVar, String value,
                                Cells cells, int v, double estimate, double variance, @Nullable Double deff) {
        return NumericEstimate.of(statistic, variable, domainVar, value, cells.respondents()[v], cells.weight()[v],
                estimate, variance, deff, cells.df()[v], method);
    }
}
