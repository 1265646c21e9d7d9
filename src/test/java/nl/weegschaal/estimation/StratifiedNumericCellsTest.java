package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;

/**
 * Every value of a domain at once gives each value's cells as a pass of its own over the whole design
 * does: each value's variance is the stratified variance of its linearised variable with everyone
 * outside the value as 0, summed respondent by respondent ({@link RespondentStrata#variance}), on a design
 * with a lonely stratum (adjusted, so its squares around 0 count), a certainty stratum and missing values.
 */
class StratifiedNumericCellsTest {
    private static final double[] POPULATION = {500, 40, 7, 1200, 90};
    private static final int[] RESPONDENTS = {60, 25, 7, 1, 30};
    private static final int VALUES = 5;

    private final Design design = design();
    private final int[] stratum = stratum();
    private final double[] weight = weight();
    private final RespondentStrata strata = new RespondentStrata(design, stratum, weight);
    private final Random random = new Random(20261127);
    private final int[] domain = domain();
    private final double[] y = values(0.1);
    private final double[] z = values(0.05);

    private static Design design() {
        List<StratumWeight> weights = new ArrayList<>();
        for (int h = 0; h < POPULATION.length; h++) {
            weights.add(new StratumWeight(StratumKey.of("h" + h), POPULATION[h], RESPONDENTS[h],
                    POPULATION[h] / RESPONDENTS[h]));
        }
        return new Design(WeightingMethod.STRATIFIED, LonelyPsu.ADJUST, List.of("h"), weights);
    }

    private static int[] stratum() {
        List<Integer> s = new ArrayList<>();
        for (int h = 0; h < RESPONDENTS.length; h++) {
            for (int r = 0; r < RESPONDENTS[h]; r++) {
                s.add(h);
            }
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private double[] weight() {
        double[] w = new double[stratum.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = POPULATION[stratum[i]] / RESPONDENTS[stratum[i]];
        }
        return w;
    }

    /** Each respondent's value, value 4 with nobody, a tenth in none. */
    private int[] domain() {
        int[] d = new int[stratum.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = random.nextInt(10) == 0 ? -1 : random.nextInt(VALUES - 1);
        }
        return d;
    }

    private double[] values(double missing) {
        double[] v = new double[stratum.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextDouble() < missing ? Double.NaN : 1000 + 250 * random.nextGaussian();
        }
        return v;
    }

    @Test
    void eachValuesVarianceIsThatOfItsOwnVariableWithEveryoneElseAsZero() {
        double[] x = new double[stratum.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.isNaN(y[i]) ? 0 : weight[i] * y[i];
        }
        int[] cell = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            cell[i] = Double.isNaN(y[i]) ? -1 : domain[i];
        }
        double[] atOnce = strata.variances(x, cell, VALUES);
        for (int v = 0; v < VALUES; v++) {
            double[] alone = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                alone[i] = cell[i] == v ? x[i] : 0;
            }
            double expected = strata.variance(alone);
            assertThat(atOnce[v]).as("value %d", v).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
        }
        assertThat(atOnce[VALUES - 1]).as("a value with nobody").isZero();
    }

    @Test
    void totalsMeansAndRatiosOfEveryValueAreThoseOfEachValueAlone() {
        StratifiedNumericCells cells = new StratifiedNumericCells(strata, "stratified");
        List<String> values = List.of("a", "b", "c", "d", "e");
        List<NumericEstimate> all = new ArrayList<>(cells.totalsAndMeans("y", y, "d", values, domain));
        all.addAll(cells.ratios("y", y, "z", z, "d", values, domain));
        List<NumericEstimate> one = new ArrayList<>();
        for (int v = 0; v < VALUES; v++) {
            one.addAll(cells.totalsAndMeans("y", y, "d", List.of(values.get(v)), alone(v)));
        }
        for (int v = 0; v < VALUES; v++) {
            one.addAll(cells.ratios("y", y, "z", z, "d", List.of(values.get(v)), alone(v)));
        }
        assertThat(all).hasSize(2 * 4 + 4).hasSameSizeAs(one);
        for (int k = 0; k < all.size(); k++) {
            NumericEstimate a = all.get(k);
            NumericEstimate b = one.get(k);
            assertThat(a.domainValue()).isEqualTo(b.domainValue());
            assertThat(a.statistic()).isEqualTo(b.statistic());
            assertThat(a.nUnweighted()).isEqualTo(b.nUnweighted());
            assertThat(a.df()).isEqualTo(b.df());
            assertThat(a.estimate()).isEqualTo(b.estimate());
            assertThat(a.se()).isCloseTo(b.se(), within(1e-12 * b.se()));
        }
    }

    @Test
    void aValuesTotalIsItsWeightedSumWithTheStratifiedVariance() {
        StratifiedNumericCells cells = new StratifiedNumericCells(strata, "stratified");
        NumericEstimate total = cells.totalsAndMeans("y", y, "d", List.of("a"), alone(0)).get(0);
        double sum = 0;
        long n = 0;
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (domain[i] == 0 && !Double.isNaN(y[i])) {
                x[i] = weight[i] * y[i];
                sum += x[i];
                n++;
            }
        }
        assertThat(total.statistic()).isEqualTo(NumericStatistic.TOTAL);
        assertThat(total.nUnweighted()).isEqualTo(n);
        assertThat(total.estimate()).isCloseTo(sum, within(1e-12 * sum));
        assertThat(total.se()).isCloseTo(Math.sqrt(strata.variance(x)), within(1e-9));
    }

    @Test
    void aDomainIndexBeyondTheValuesIsAnErrorNamingTheRespondent() {
        StratifiedNumericCells cells = new StratifiedNumericCells(strata, "stratified");
        int[] beyond = domain.clone();
        beyond[7] = VALUES;
        assertThatThrownBy(() -> cells.totalsAndMeans("y", y, "d", List.of("a", "b", "c", "d", "e"), beyond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("domain of respondent 8 is 5, not -1 or an index below 5");
    }

    /** Value v's respondents as the only value (0), everyone else in none. */
    private int[] alone(int v) {
        int[] one = new int[domain.length];
        for (int i = 0; i < one.length; i++) {
            one[i] = domain[i] == v ? 0 : -1;
        }
        return one;
    }
}
