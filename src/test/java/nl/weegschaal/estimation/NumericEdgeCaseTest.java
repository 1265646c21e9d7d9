package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingException;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;

/**
 * Numeric cells the survey references do not reach, checked by hand. Strata: A = 01 x 1-4 (N = 100,
 * n = 4, w = 25), B = 01 x 5-19 (N = 50, n = 3, w = 50/3), L = 07 x 20-99 (N = 50, n = 1, w = 50,
 * lonely). Respondents 0-3 in A, 4-6 in B, 7 in L.
 */
class NumericEdgeCaseTest {
    private static final int[] STRATUM = {0, 0, 0, 0, 1, 1, 1, 2};
    private static final boolean[] ALL = {true, true, true, true, true, true, true, true};
    private static final double N = Double.NaN;

    private static Design design(WeightingMethod method, LonelyPsu rule) {
        return new Design(method, rule, List.of("sector", "size"), List.of(
                new StratumWeight(StratumKey.of("01", "1-4"), 100, 4, 25),
                new StratumWeight(StratumKey.of("01", "5-19"), 50, 3, 50.0 / 3),
                new StratumWeight(StratumKey.of("07", "20-99"), 50, 1, 50)));
    }

    private static NumericEstimator estimator(LonelyPsu rule) {
        return NumericEstimator.of(design(WeightingMethod.STRATIFIED, rule), STRATUM);
    }

    @Test
    void domainWhereNobodyAnsweredHasNoRows() {
        double[] y = {1, 2, N, N, 5, N, 7, 8};
        boolean[] nobodyAnswered = {false, false, true, true, false, true, false, false};
        NumericEstimator estimator = estimator(LonelyPsu.ADJUST);
        assertThat(estimator.totalAndMean("y", y, "d", "x", nobodyAnswered)).isEmpty();
        assertThat(estimator.ratio("y", y, "z", y, "d", "x", nobodyAnswered)).isEmpty();
        assertThat(estimator.totalAndMean("y", y, "total", "total", ALL)).hasSize(2);
    }

    @Test
    void allValuesEqualGiveTheValueAsMeanWithoutVarianceAndNoDeff() {
        double[] y = {3, 3, 3, 3, 3, 3, 3, 3};
        List<NumericEstimate> rows = estimator(LonelyPsu.REMOVE).totalAndMean("y", y, "total", "total", ALL);
        NumericEstimate total = rows.get(0);
        NumericEstimate mean = rows.get(1);
        assertThat(total.statistic()).isEqualTo(NumericStatistic.TOTAL);
        assertThat(total.estimate()).isCloseTo(3 * 200, within(1e-9));
        assertThat(total.se()).isZero(); // constant within every stratum, lonely removed
        assertThat(total.deff()).isNull();
        assertThat(mean.estimate()).isEqualTo(3.0);
        assertThat(mean.se()).isZero();
        assertThat(mean.deff()).isNull();
        assertThat(mean.wald()).isEqualTo(new Interval(3.0, 3.0));
    }

    @Test
    void oneRespondentHasNoDeffAndNoDegreesOfFreedom() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        boolean[] one = {false, true, false, false, false, false, false, false};
        List<NumericEstimate> rows = estimator(LonelyPsu.ADJUST).totalAndMean("y", y, "d", "x", one);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.deff()).isNull();
            assertThat(r.df()).isZero();
            assertThat(r.nUnweighted()).isEqualTo(1);
            assertThat(r.weightedCount()).isEqualTo(25.0);
        });
        assertThat(rows.get(0).estimate()).isEqualTo(50.0);
        assertThat(rows.get(1).estimate()).isEqualTo(2.0);
        // total: x = (0, 50, 0, 0) in A, mean 12.5, squares 3 * 12.5^2 + 37.5^2 = 1875; 0.96 * 4/3 * 1875 = 2400
        assertThat(rows.get(0).se() * rows.get(0).se()).isCloseTo(2400, within(1e-9));
    }

    /*
     * y = 1, 2, 3, 4 in A; 0 in B; 10 in L. Total = 25 * 10 + 50 * 10 = 750.
     * A: x = 25, 50, 75, 100, squares around 62.5: 3125; 0.96 * 4/3 * 3125 = 4000. B: x = 0, nothing.
     * L: adjust adds (1 - 1/50) (50 * 10)^2 = 245000; remove adds nothing.
     */
    @Test
    void lonelyStratumUnderAdjustAddsOneMinusFTimesItsSquaredWeightedValueToATotal() {
        double[] y = {1, 2, 3, 4, 0, 0, 0, 10};
        NumericEstimate adjust = estimator(LonelyPsu.ADJUST).totalAndMean("y", y, "total", "total", ALL).get(0);
        NumericEstimate remove = estimator(LonelyPsu.REMOVE).totalAndMean("y", y, "total", "total", ALL).get(0);
        assertThat(adjust.estimate()).isCloseTo(750, within(1e-9));
        assertThat(remove.se() * remove.se()).isCloseTo(4000, within(1e-7));
        assertThat(adjust.se() * adjust.se()).isCloseTo(4000 + 245000, within(1e-7));
        assertThat(adjust.df()).isEqualTo(8 - 3);
    }

    @Test
    void ratioWhoseDenominatorTotalIsZeroHasNoRow() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] zero = {0, 0, 0, 0, 0, 0, 0, 0};
        assertThat(estimator(LonelyPsu.ADJUST).ratio("y", y, "z", zero, "total", "total", ALL)).isEmpty();
    }

    @Test
    void ratioUsesOnlyRespondentsWithBothValues() {
        double[] y = {1, N, 3, 4, 5, 6, 7, 8};
        double[] z = {2, 2, 2, N, 2, 2, 2, 2};
        NumericEstimate ratio = estimator(LonelyPsu.ADJUST).ratio("y", y, "z", z, "total", "total", ALL).orElseThrow();
        // used: A 0 and 2 (w 25), B all (w 50/3), L (w 50): sum w y = 100 + 300 + 400, sum w z = 2 (50 + 50 + 50)
        assertThat(ratio.variable()).isEqualTo("y/z");
        assertThat(ratio.nUnweighted()).isEqualTo(6);
        assertThat(ratio.weightedCount()).isCloseTo(150, within(1e-9));
        assertThat(ratio.estimate()).isCloseTo(800.0 / 300, within(1e-12));
        assertThat(ratio.deff()).isNull();
        assertThat(ratio.df()).isEqualTo(6 - 3);
    }

    @Test
    void lonelyStratumUnderFailNamesTheStratum() {
        Design design = design(WeightingMethod.STRATIFIED, LonelyPsu.FAIL);
        assertThatThrownBy(() -> NumericEstimator.of(design, STRATUM))
                .isInstanceOf(WeightingException.class).hasMessageContaining("stratum 07 x 20-99");
    }

    /**
     * Post-stratified weights: the residual of w y on the strata is w_i (y_i - ybar_h), which sums to 0,
     * so V = n / (n - 1) sum w_i^2 (y_i - ybar_h)^2 over all 8 respondents (with replacement, no fpc);
     * the lonely stratum's one respondent has residual 0; df = n_d - 1.
     */
    @Test
    void postStratifiedWeightsGiveTheVarianceOfTheResidualsOnTheStrata() {
        Design post = design(WeightingMethod.POSTSTRATIFY, LonelyPsu.ADJUST);
        double[] y = {1, 2, 3, 6, 5, 8, 11, 4};
        NumericEstimate total = NumericEstimator.of(post, STRATUM).totalAndMean("y", y, "total", "total", ALL).get(0);
        double a = 25 * 25 * (4 + 1 + 0 + 9); // ybar_A = 3
        double b = 50.0 / 3 * 50.0 / 3 * (9 + 0 + 9); // ybar_B = 8
        assertThat(total.estimate()).isCloseTo(25 * 12 + 50.0 / 3 * 24 + 50 * 4, within(1e-9));
        assertThat(total.se()).isCloseTo(Math.sqrt(8.0 / 7 * (a + b)), within(1e-9));
        assertThat(total.df()).isEqualTo(7);
    }

    @Test
    void respondentsThatDoNotNumberTheStratumCountAreRefused() {
        Design design = design(WeightingMethod.STRATIFIED, LonelyPsu.ADJUST);
        assertThatThrownBy(() -> NumericEstimator.of(design, new int[] {0, 0, 0, 1, 1, 1, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stratum 01 x 1-4 has 4 respondents in the design but 3 are given");
        assertThatThrownBy(() -> NumericEstimator.of(design, new int[] {0, 0, 0, 0, 1, 1, 1, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stratum index 3");
        NumericEstimator estimator = NumericEstimator.of(design, STRATUM);
        assertThatThrownBy(() -> estimator.totalAndMean("y", new double[3], "total", "total", ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values given for 3 respondents");
    }
}
