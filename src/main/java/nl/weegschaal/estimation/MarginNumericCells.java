package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link NumericEstimator}'s cells under weights calibrated to margins ({@code poststratify},
 * {@code rake}): the same linearised variables as {@link StratifiedNumericCells}, each value's with the
 * variance of its residuals on the margins ({@link MarginResidualVariance}), which a value's variable
 * needs on its own, so one value at a time; {@code df = n_d - 1}.
 */
final class MarginNumericCells implements NumericCells {
    private final RespondentStrata strata;
    private final MarginResidualVariance margins;
    private final String method;

    MarginNumericCells(RespondentStrata strata, MarginResidualVariance margins, String method) {
        this.strata = strata;
        this.margins = margins;
        this.method = method;
    }

    @Override
    public List<NumericEstimate> totalsAndMeans(String variable, double[] y, String domainVar, List<String> values,
                                                int[] domain) {
        List<NumericEstimate> rows = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            Cell cell = Cell.of(strata, members(domain, v), y, null);
            if (cell.respondents() > 0) {
                rows.addAll(totalAndMean(variable, y, domainVar, values.get(v), cell));
            }
        }
        return rows;
    }

    private List<NumericEstimate> totalAndMean(String variable, double[] y, String domainVar, String value, Cell cell) {
        double[] x = new double[y.length];
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            if (cell.used()[i]) {
                x[i] = strata.weight(i) * y[i];
                total += x[i];
            }
        }
        double totalVariance = margins.variance(x);
        SpreadOfValues spread = SpreadOfValues.of(strata, cell, y);
        double mean = spread.constant() ? spread.first() : total / cell.weightSum();
        double meanVariance = spread.constant() ? 0.0 : margins.variance(centred(cell, y, mean, cell.weightSum()));
        return List.of(
                row(NumericStatistic.TOTAL, variable, domainVar, value, cell, total, totalVariance,
                        spread.deffOfTotal(totalVariance)),
                row(NumericStatistic.MEAN, variable, domainVar, value, cell, mean, meanVariance,
                        spread.deffOfMean(meanVariance)));
    }

    @Override
    public List<NumericEstimate> ratios(String numerator, double[] y, String denominator, double[] z,
                                        String domainVar, List<String> values, int[] domain) {
        List<NumericEstimate> rows = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            Cell cell = Cell.of(strata, members(domain, v), y, z);
            double top = 0;
            double bottom = 0;
            for (int i = 0; i < y.length; i++) {
                if (cell.used()[i]) {
                    top += strata.weight(i) * y[i];
                    bottom += strata.weight(i) * z[i];
                }
            }
            if (cell.respondents() == 0 || bottom == 0) {
                continue;
            }
            double ratio = top / bottom;
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                if (cell.used()[i]) {
                    x[i] = strata.weight(i) * (y[i] - ratio * z[i]) / bottom;
                }
            }
            rows.add(row(NumericStatistic.RATIO, numerator + "/" + denominator, domainVar, values.get(v), cell, ratio,
                    margins.variance(x), null));
        }
        return rows;
    }

    private static boolean[] members(int[] domain, int value) {
        boolean[] in = new boolean[domain.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = domain[i] == value;
        }
        return in;
    }

    /** x_i = w_i (y_i - centre) / scale in the cell, 0 outside. */
    private double[] centred(Cell cell, double[] y, double centre, double scale) {
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (cell.used()[i]) {
                x[i] = strata.weight(i) * (y[i] - centre) / scale;
            }
        }
        return x;
    }

    private NumericEstimate row(NumericStatistic statistic, String variable, String domainVar, String value, Cell cell,
                                double estimate, double variance, @Nullable Double deff) {
        return NumericEstimate.of(statistic, variable, domainVar, value, cell.respondents(), cell.weightSum(),
                estimate, variance, deff, MarginResidualVariance.degreesOfFreedom(cell.used()), method);
    }
}
