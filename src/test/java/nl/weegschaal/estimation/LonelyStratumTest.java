package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingException;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;

/**
 * The lonely-stratum rules of the stratified variance, with hand-computed variances.
 *
 * <p>Strata: A = 01 x 1-4 (N = 100, n = 4, w = 25), B = 01 x 5-19 (N = 50, n = 3, w = 50/3), and
 * either the lonely L = 07 x 20-99 (N = 50, n = 1, w = 50) or the certainty C = 09 x 1-4 (N = n = 1).
 */
class LonelyStratumTest {
    private static final double EPS = 1e-12;
    private static final List<String> YES_NO = List.of("yes", "no");

    private static Design design(LonelyPsu rule, StratumWeight extra) {
        List<StratumWeight> strata = new ArrayList<>(List.of(
                new StratumWeight(StratumKey.of("01", "1-4"), 100, 4, 25),
                new StratumWeight(StratumKey.of("01", "5-19"), 50, 3, 50.0 / 3)));
        strata.add(extra);
        return new Design(WeightingMethod.STRATIFIED, rule, List.of("sector", "size"), strata);
    }

    private static StratumWeight lonely() {
        return new StratumWeight(StratumKey.of("07", "20-99"), 50, 1, 50);
    }

    private static StratumWeight certainty() {
        return new StratumWeight(StratumKey.of("09", "1-4"), 1, 1, 1);
    }

    // yes: A 1 of 4, B 2 of 3, third stratum 1 of 1
    private static final int[][] ANSWERS = {{1, 2, 1}, {3, 1, 0}};

    private static Estimate yes(Design design, int[][] counts) {
        return new ProportionEstimator(design, 0.95)
                .estimate("v", YES_NO, "total", "total", new DomainTally(counts, 3)).get(0);
    }

    /*
     * With L: W = 100 + 50 + 50 = 200, yes count = 25 + 100/3 + 50 = 325/3, p = 13/24.
     *   A: w/W = 1/8,  sum (y - 1/4)^2 = 3/4 -> 3/256; (1 - 4/100) * 4/3 * 3/256 = 3/200   = 6912/460800
     *   B: w/W = 1/12, sum (y - 2/3)^2 = 2/3 -> 1/216; (1 - 3/50)  * 3/2 * 1/216 = 47/7200 = 3008/460800
     *   L: x = 50 (1 - 13/24) / 200 = 11/96; adjust: (1 - 1/50) (11/96)^2 = 49/50 * 121/9216 = 5929/460800
     * adjust: V = (6912 + 3008 + 5929)/460800 = 15849/460800;  remove: V = 9920/460800 = 31/1440.
     */
    @Test
    void adjustCentresTheLoneUnitAtZero() {
        Design design = design(LonelyPsu.ADJUST, lonely());
        double p = 13.0 / 24;
        VarianceEstimator variance = VarianceEstimator.of(design);
        assertThat(variance.variance(new DomainTally(ANSWERS, 3), 0, p, 200)).isCloseTo(15849.0 / 460800, within(EPS));
        Estimate yes = yes(design, ANSWERS);
        assertThat(yes.estimate()).isCloseTo(p, within(EPS));
        assertThat(yes.se()).isCloseTo(Math.sqrt(15849.0 / 460800), within(EPS));
        assertThat(yes.df()).isEqualTo(8 - 3);
    }

    @Test
    void removeDropsTheLoneUnit() {
        Design design = design(LonelyPsu.REMOVE, lonely());
        assertThat(VarianceEstimator.of(design).variance(new DomainTally(ANSWERS, 3), 0, 13.0 / 24, 200))
                .isCloseTo(31.0 / 1440, within(EPS));
        Estimate yes = yes(design, ANSWERS);
        assertThat(yes.se()).isCloseTo(Math.sqrt(31.0 / 1440), within(EPS));
        // the difference between the rules is exactly the lonely stratum's (1 - f) x^2
        Estimate adjusted = yes(design(LonelyPsu.ADJUST, lonely()), ANSWERS);
        assertThat(adjusted.se() * adjusted.se() - yes.se() * yes.se()).isCloseTo(5929.0 / 460800, within(EPS));
    }

    @Test
    void loneUnitOutsideTheDomainAddsNothingUnderAdjust() {
        // L's respondent did not answer: W = 150, p = 7/18, and the variance is that of A and B only:
        // A: (1/6)^2 3/4 * 0.96 * 4/3 = 2/75, B: (1/9)^2 2/3 * 47/50 * 3/2 = 47/4050 -> V = 31/810.
        int[][] counts = {{1, 2, 0}, {3, 1, 0}};
        Estimate yes = yes(design(LonelyPsu.ADJUST, lonely()), counts);
        assertThat(yes.estimate()).isCloseTo(7.0 / 18, within(EPS));
        assertThat(yes.se() * yes.se()).isCloseTo(31.0 / 810, within(EPS));
    }

    @Test
    void failNamesTheStratum() {
        Design design = design(LonelyPsu.FAIL, lonely());
        assertThatThrownBy(() -> VarianceEstimator.of(design))
                .isInstanceOf(WeightingException.class)
                .hasMessageContaining("stratum 07 x 20-99");
        assertThatThrownBy(() -> new ProportionEstimator(design, 0.95))
                .isInstanceOf(WeightingException.class)
                .hasMessageContaining("stratum 07 x 20-99")
                .message().doesNotContain("01 x 1-4").doesNotContain("01 x 5-19");
    }

    /*
     * With the certainty stratum C (N = n = 1, w = 1) instead: W = 151, within-stratum deviations are
     * (w_h / W)(y - ybar_h), independent of p:
     *   A: (25/151)^2 * 3/4 * 24/25 * 4/3 = 600/22801 = 5400/205209
     *   B: (50/453)^2 * 2/3 * 47/50 * 3/2 = 2350/205209
     *   C: certainty, 0
     * V = 7750/205209, p = (25 + 100/3 + 1)/151 = 178/453.
     */
    @Test
    void lonelyCertaintyStratumContributesNothingAndDoesNotFail() {
        for (LonelyPsu rule : LonelyPsu.values()) {
            Design design = design(rule, certainty());
            Estimate yes = yes(design, ANSWERS);
            assertThat(yes.estimate()).as(rule.code()).isCloseTo(178.0 / 453, within(EPS));
            assertThat(yes.se() * yes.se()).as(rule.code()).isCloseTo(7750.0 / 205209, within(EPS));
        }
    }

    @Test
    void rulesDoNotChangeDesignsWithoutLonelyStrata() {
        // n = 2 (w = 25) in the third stratum is not lonely: FAIL constructs fine and all rules agree.
        // W = 100 + 50 + 50 = 200, yes = 25 + 100/3 + 25 = 250/3, p = 5/12.
        //   A: 3/200 and B: 47/7200 as above (w/W unchanged);
        //   third: w/W = 1/8, sum (y - 1/2)^2 = 1/2 -> 1/128; (1 - 2/50) * 2/1 * 1/128 = 3/200
        // V = 3/200 + 3/200 + 47/7200 = 263/7200
        StratumWeight two = new StratumWeight(StratumKey.of("07", "20-99"), 50, 2, 25);
        int[][] counts = {{1, 2, 1}, {3, 1, 1}};
        double expected = Math.sqrt(263.0 / 7200);
        assertThat(yes(design(LonelyPsu.ADJUST, two), counts).se()).isCloseTo(expected, within(EPS));
        assertThat(yes(design(LonelyPsu.REMOVE, two), counts).se()).isCloseTo(expected, within(EPS));
        assertThat(yes(design(LonelyPsu.FAIL, two), counts).se()).isCloseTo(expected, within(EPS));
    }
}
