package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Raking (iterative proportional fitting) against margins and fixed points worked out by hand. */
class RakingTest {
    private static final List<String> COLUMNS = List.of("sector", "size");

    private static StratumWeight cell(String sector, String size, double population, int respondents) {
        return Weighting.unweighted(StratumKey.of(sector, size), population, respondents);
    }

    /*
     * 2x2, n = [[1, 1], [1, 3]] (rows sector a, b; columns size s, l), N = [[10, 30], [20, 40]]:
     * margins sector a = 40, b = 60; size s = 30, l = 70.
     */
    private static List<StratumWeight> twoByTwo() {
        return List.of(cell("a", "s", 10, 1), cell("a", "l", 30, 1), cell("b", "s", 20, 1), cell("b", "l", 40, 3));
    }

    /** n_h w_h summed over the strata whose value in column k is {@code value}. */
    private static double margin(Design design, int k, String value) {
        double total = 0;
        for (StratumWeight s : design.strata()) {
            if (s.key().values().get(k).equals(value)) {
                total += s.respondents() * s.weight();
            }
        }
        return total;
    }

    private static void assertRelative(double actual, double expected, double tolerance) {
        assertThat(Math.abs(actual - expected) / Math.abs(expected)).as("%s vs %s", actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }

    /*
     * IPF keeps the fitted cell totals m_ij = n_ij w_ij on the odds ratio of n: m11 m22 / (m12 m21) =
     * (1*3)/(1*1) = 3. With m11 = x: m12 = 40 - x, m21 = 30 - x, m22 = 60 - (30 - x) = 30 + x, so
     *   x (30 + x) = 3 (40 - x)(30 - x)  <=>  x^2 - 120 x + 1800 = 0  <=>  x = 60 - 30 sqrt 2  (0 < x < 30).
     * Weights: w11 = 60 - 30 sqrt2 = 17.574, w12 = 30 sqrt2 - 20 = 22.426, w21 = 30 sqrt2 - 30 = 12.426,
     *          w22 = (90 - 30 sqrt2) / 3 = 30 - 10 sqrt2 = 15.858.
     */
    @Test
    void twoByTwoReachesTheAnalyticFixedPoint() {
        Design design = new Raking(LonelyPsu.ADJUST).weigh(COLUMNS, twoByTwo());
        double r2 = Math.sqrt(2);
        double[] expected = {60 - 30 * r2, 30 * r2 - 20, 30 * r2 - 30, 30 - 10 * r2};
        for (int h = 0; h < 4; h++) {
            assertRelative(design.stratum(h).weight(), expected[h], 1e-11);
        }
        assertThat(design.method()).isEqualTo(WeightingMethod.RAKE);
        assertThat(design.lonelyPsu()).isEqualTo(LonelyPsu.ADJUST);
        assertThat(design.strataColumns()).isEqualTo(COLUMNS);
        assertThat(design.strata()).extracting(StratumWeight::population).containsExactly(10.0, 30.0, 20.0, 40.0);
        assertThat(design.strata()).extracting(StratumWeight::respondents).containsExactly(1, 1, 1, 3);
        // both margins met, to 1e-12 relative
        assertRelative(margin(design, 0, "a"), 40, 1e-12);
        assertRelative(margin(design, 0, "b"), 60, 1e-12);
        assertRelative(margin(design, 1, "s"), 30, 1e-12);
        assertRelative(margin(design, 1, "l"), 70, 1e-12);
        // not post-stratification: the cells are not N_h / n_h (that would be 10, 30, 20, 40/3)
        assertThat(design.stratum(0).weight()).isNotCloseTo(10.0, withinPercentage(1));
    }

    /*
     * 2x3: n a = (3, 1, 2), b = (1, 4, 2); N a = (50, 20, 30), b = (10, 60, 40).
     * Margins: sector a = 100, b = 110; size s = 60, m = 80, l = 70 (both sum to 210).
     */
    @Test
    void twoByThreeMeetsBothMarginsWithProductWeights() {
        List<StratumWeight> strata = List.of(
                cell("a", "s", 50, 3), cell("a", "m", 20, 1), cell("a", "l", 30, 2),
                cell("b", "s", 10, 1), cell("b", "m", 60, 4), cell("b", "l", 40, 2));
        Design design = Weighting.of(WeightingMethod.RAKE, LonelyPsu.REMOVE).weigh(COLUMNS, strata);
        assertThat(design.strataCount()).isEqualTo(6); // one weight per cell: constant within a cell
        assertThat(design.lonelyPsu()).isEqualTo(LonelyPsu.REMOVE);
        assertRelative(margin(design, 0, "a"), 100, 1e-12);
        assertRelative(margin(design, 0, "b"), 110, 1e-12);
        assertRelative(margin(design, 1, "s"), 60, 1e-12);
        assertRelative(margin(design, 1, "m"), 80, 1e-12);
        assertRelative(margin(design, 1, "l"), 70, 1e-12);
        // raking from base weight 1 multiplies whole rows and columns: w_gk = r_g c_k, so every
        // 2x2 cross ratio of the weights is 1: w_as w_bm = w_am w_bs, etc.
        double[] w = design.weights();
        assertRelative(w[0] * w[4], w[1] * w[3], 1e-12);
        assertRelative(w[0] * w[5], w[2] * w[3], 1e-12);
        assertRelative(w[1] * w[5], w[2] * w[4], 1e-12);
        for (double x : w) {
            assertThat(x).isPositive();
        }
    }

    @Test
    void oneColumnIsPostStratification() {
        List<StratumWeight> strata = List.of(
                Weighting.unweighted(StratumKey.of("A"), 100, 4),
                Weighting.unweighted(StratumKey.of("B"), 50, 3),
                Weighting.unweighted(StratumKey.of("C"), 7, 7));
        Design design = new Raking(LonelyPsu.ADJUST).weigh(List.of("stratum"), strata);
        // N_h / n_h = 25, 50/3, 1
        assertRelative(design.stratum(0).weight(), 25, 1e-12);
        assertRelative(design.stratum(1).weight(), 50.0 / 3, 1e-12);
        assertRelative(design.stratum(2).weight(), 1, 1e-12);
        Design expansion = Weighting.of(WeightingMethod.POSTSTRATIFY, LonelyPsu.ADJUST).weigh(List.of("stratum"), strata);
        for (int h = 0; h < 3; h++) {
            assertRelative(design.stratum(h).weight(), expansion.stratum(h).weight(), 1e-12);
        }
    }

    /*
     * One sweep on the 2x2 design, from w = 1: sector factors a 40/2 = 20, b 60/4 = 15; size totals then
     * s = 20 + 15 = 35, l = 20 + 3*15 = 65, factors 30/35 = 6/7 and 70/65 = 14/13, giving
     * w = (120/7, 280/13, 90/7, 210/13). Size is met; sector a = 3520/91 = 38.68 (gap 3.3% of 40) and
     * b = 5580/91 = 61.32 (gap 2.2% of 60). The worst margin is sector = a.
     */
    @Test
    void tooFewSweepsFailsNamingTheMargin() {
        assertThatThrownBy(() -> new Raking(LonelyPsu.ADJUST, 1).weigh(COLUMNS, twoByTwo()))
                .isInstanceOf(WeightingException.class)
                .hasMessageContaining("does not converge")
                .hasMessageContaining("sector = a")
                .message().doesNotContain("sector = b").doesNotContain("size = ");
    }

    @Test
    void balancedStartConvergesWithoutSweeps() {
        // n = 2 in every cell, N = [[20, 20], [20, 20]]: the fixed point is w = N_h / n_h = 10 everywhere,
        // reached in one sweep (sector factor 40/4 = 10, then size factor 40/40 = 1), so 1 sweep suffices.
        List<StratumWeight> strata = List.of(cell("a", "s", 20, 2), cell("a", "l", 20, 2),
                cell("b", "s", 20, 2), cell("b", "l", 20, 2));
        Design design = new Raking(LonelyPsu.ADJUST, 1).weigh(COLUMNS, strata);
        assertThat(design.weights()).containsExactly(new double[] {10, 10, 10, 10}, within(1e-12));
    }
}
