package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;

/**
 * Proportions on tiny designs, every expected value worked out by hand from methodology.md.
 *
 * <p>The base design: stratum A with N = 100, n = 4 (w = 25) and stratum B with N = 50, n = 3
 * (w = 50/3).
 */
class DegenerateProportionTest {
    private static final double EPS = 1e-12;
    private static final List<String> YES_NO = List.of("yes", "no");

    private static Design design(WeightingMethod method, double nA, int rA, double nB, int rB) {
        return new Design(method, LonelyPsu.ADJUST, List.of("stratum"), List.of(
                new StratumWeight(StratumKey.of("A"), nA, rA, nA / rA),
                new StratumWeight(StratumKey.of("B"), nB, rB, nB / rB)));
    }

    private static List<Estimate> estimate(Design design, int[][] counts, List<String> levels) {
        return new ProportionEstimator(design, 0.95)
                .estimate("v", levels, "total", "total", new DomainTally(counts, design.strataCount()));
    }

    @Test
    void zeroAndOneAreDegenerate() {
        // Nobody says yes: A 3 no, B 2 no. n_d = 5, W = 25*3 + (50/3)*2 = 325/3.
        List<Estimate> rows = estimate(design(WeightingMethod.STRATIFIED, 100, 4, 50, 3),
                new int[][] {{0, 0}, {3, 2}}, YES_NO);
        assertThat(rows).hasSize(2);
        Estimate yes = rows.get(0);
        Estimate no = rows.get(1);
        // Clopper-Pearson with n = 5: upper = 1 - 0.025^(1/5) = 0.5218237501049815 (R: 1-0.025^(1/5))
        double cp = 1 - Math.pow(0.025, 1.0 / 5);
        assertThat(cp).isCloseTo(0.5218237501049815, within(1e-15));

        assertThat(yes.estimate()).isEqualTo(0.0);
        assertThat(yes.weightedCount()).isEqualTo(0.0);
        assertThat(yes.se()).isEqualTo(0.0);
        assertThat(yes.wald()).isEqualTo(new Interval(0.0, 0.0));
        assertThat(yes.logit()).isEqualTo(new Interval(0.0, 0.0));
        assertThat(yes.beta().low()).isEqualTo(0.0);
        assertThat(yes.beta().high()).isCloseTo(cp, within(EPS));
        assertThat(yes.deff()).isNull();

        assertThat(no.estimate()).isEqualTo(1.0);
        assertThat(no.weightedCount()).isCloseTo(325.0 / 3, within(1e-10));
        assertThat(no.se()).isEqualTo(0.0);
        assertThat(no.wald()).isEqualTo(new Interval(1.0, 1.0));
        assertThat(no.logit()).isEqualTo(new Interval(1.0, 1.0));
        // mirrored: [0.025^(1/5), 1] = [0.4781762498950185, 1]
        assertThat(no.beta().low()).isCloseTo(0.4781762498950185, within(EPS));
        assertThat(no.beta().high()).isEqualTo(1.0);
        assertThat(no.deff()).isNull();
        assertThat(rows).allSatisfy(r -> assertThat(r.nUnweighted()).isEqualTo(5));
    }

    @Test
    void domainWithoutAnswersHasNoRows() {
        assertThat(estimate(design(WeightingMethod.STRATIFIED, 100, 4, 50, 3),
                new int[][] {{0, 0}, {0, 0}}, YES_NO)).isEmpty();
        assertThat(estimate(design(WeightingMethod.POSTSTRATIFY, 100, 4, 50, 3),
                new int[][] {{0, 0}, {0, 0}}, YES_NO)).isEmpty();
    }

    @Test
    void absentLevelGetsZeroRowAndCountsAreConsistent() {
        // levels a: A1 B1, b: A2 B1, c: none. n_d = 5, W = 25*3 + (50/3)*2 = 325/3.
        // count a = 25 + 50/3 = 125/3 -> p = 125/325 = 5/13; count b = 50 + 50/3 = 200/3 -> p = 8/13.
        List<Estimate> rows = estimate(design(WeightingMethod.STRATIFIED, 100, 4, 50, 3),
                new int[][] {{1, 1}, {2, 1}, {0, 0}}, List.of("a", "b", "c"));
        assertThat(rows).extracting(Estimate::level).containsExactly("a", "b", "c");
        assertThat(rows).allSatisfy(r -> assertThat(r.nUnweighted()).isEqualTo(5));
        assertThat(rows.get(0).estimate()).isCloseTo(5.0 / 13, within(EPS));
        assertThat(rows.get(1).estimate()).isCloseTo(8.0 / 13, within(EPS));
        assertThat(rows.get(0).weightedCount()).isCloseTo(125.0 / 3, within(1e-10));
        assertThat(rows.get(1).weightedCount()).isCloseTo(200.0 / 3, within(1e-10));
        assertThat(rows).allSatisfy(r ->
                assertThat(r.weightedCount()).isCloseTo(r.estimate() * 325.0 / 3, within(1e-10)));
        Estimate c = rows.get(2);
        assertThat(c.estimate()).isEqualTo(0.0);
        assertThat(c.weightedCount()).isEqualTo(0.0);
        assertThat(c.se()).isEqualTo(0.0);
        assertThat(c.deff()).isNull();
    }

    @Test
    void degreesOfFreedomPerMethod() {
        int[][] both = {{1, 1}, {2, 1}};     // n_d = 5 in 2 strata
        int[][] onlyA = {{1, 0}, {2, 0}};    // n_d = 3 in 1 stratum
        // stratified: n_d - H_d
        assertThat(estimate(design(WeightingMethod.STRATIFIED, 100, 4, 50, 3), both, YES_NO).get(0).df()).isEqualTo(3);
        assertThat(estimate(design(WeightingMethod.STRATIFIED, 100, 4, 50, 3), onlyA, YES_NO).get(0).df()).isEqualTo(2);
        // poststratify: n_d - 1
        assertThat(estimate(design(WeightingMethod.POSTSTRATIFY, 100, 4, 50, 3), both, YES_NO).get(0).df()).isEqualTo(4);
        assertThat(estimate(design(WeightingMethod.POSTSTRATIFY, 100, 4, 50, 3), onlyA, YES_NO).get(0).df()).isEqualTo(2);
        // rake on a 2x2 design: n_d - 1, whatever the number of strata reached
        Design rake = new Design(WeightingMethod.RAKE, LonelyPsu.ADJUST, List.of("sector", "size"), List.of(
                new StratumWeight(StratumKey.of("a", "s"), 10, 2, 5),
                new StratumWeight(StratumKey.of("a", "l"), 30, 2, 15),
                new StratumWeight(StratumKey.of("b", "s"), 20, 2, 10),
                new StratumWeight(StratumKey.of("b", "l"), 40, 2, 20)));
        List<Estimate> raked = estimate(rake, new int[][] {{1, 0, 1, 1}, {1, 2, 0, 1}}, YES_NO);
        assertThat(raked).allSatisfy(r -> assertThat(r.df()).isEqualTo(6));
        assertThat(raked).allSatisfy(r -> assertThat(r.method()).isEqualTo("rake"));
    }

    @Test
    void censusHasNoSamplingVariance() {
        // All strata certainty: N = n = (4, 3), w = 1. yes: A1 B2 -> p = 3/7, V = 0.
        List<Estimate> rows = estimate(design(WeightingMethod.STRATIFIED, 4, 4, 3, 3),
                new int[][] {{1, 2}, {3, 1}}, YES_NO);
        Estimate yes = rows.get(0);
        assertThat(yes.estimate()).isCloseTo(3.0 / 7, within(EPS));
        assertThat(yes.se()).isEqualTo(0.0);
        assertThat(yes.wald().low()).isCloseTo(3.0 / 7, within(EPS));
        assertThat(yes.wald().high()).isCloseTo(3.0 / 7, within(EPS));
        assertThat(yes.logit()).isEqualTo(new Interval(yes.estimate(), yes.estimate()));
        assertThat(yes.beta()).isEqualTo(new Interval(yes.estimate(), yes.estimate()));
        // W = n_d makes the SRS variance 0 as well: deff = 0/0, undefined
        assertThat(yes.deff()).isNull();

        // A domain confined to a certainty stratum of a sampled design: A census (N=n=4), B sampled.
        // x = 0 throughout B, A contributes 0, so V = 0 although p = 1/3 is strictly between 0 and 1.
        Estimate inA = estimate(design(WeightingMethod.STRATIFIED, 4, 4, 50, 3),
                new int[][] {{1, 0}, {2, 0}}, YES_NO).get(0);
        assertThat(inA.estimate()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(inA.se()).isEqualTo(0.0);
    }

    @Test
    void stratifiedByHand() {
        // yes: A 1 of 4, B 2 of 3.  W = 25*4 + (50/3)*3 = 150; yes count = 25 + 100/3 = 175/3; p = 7/18.
        // Within a stratum everyone answered, so x_i - xbar_h = (w_h/W)(y_i - ybar_h):
        //   A: w/W = 1/6, sum (y - 1/4)^2 = 3/4       -> 3/4/36 = 1/48;  (1 - 4/100) * 4/3 * 1/48 = 2/75
        //   B: w/W = 1/9, sum (y - 2/3)^2 = 2/3       -> 2/3/81 = 2/243; (1 - 3/50) * 3/2 * 2/243 = 47/4050
        // V = 2/75 + 47/4050 = 108/4050 + 47/4050 = 31/810  (cross-checked with R survey: 0.038271604938271607)
        // deff: sum w (y - p)^2 / W = p(1 - p) = 77/324; s2 = 7/6 * 77/324 = 539/1944;
        //       srs = s2 (W - n)/(W n) = 539/1944 * 143/1050; deff = (31/810) / srs = 78120/77077.
        double p = 7.0 / 18;
        double v = 31.0 / 810;
        double se = Math.sqrt(v);
        List<Estimate> rows = estimate(design(WeightingMethod.STRATIFIED, 100, 4, 50, 3),
                new int[][] {{1, 2}, {3, 1}}, YES_NO);
        Estimate yes = rows.get(0);
        assertThat(yes.nUnweighted()).isEqualTo(7);
        assertThat(yes.estimate()).isCloseTo(p, within(EPS));
        assertThat(yes.weightedCount()).isCloseTo(175.0 / 3, within(1e-10));
        assertThat(yes.se() * yes.se()).isCloseTo(v, within(EPS));
        assertThat(yes.se()).isCloseTo(se, within(EPS));
        assertThat(yes.wald().low()).isCloseTo(p - 1.96 * se, within(EPS));
        assertThat(yes.wald().high()).isCloseTo(p + 1.96 * se, within(EPS));
        assertThat(yes.deff()).isNotNull().isCloseTo(78120.0 / 77077, within(EPS));
        assertThat(yes.df()).isEqualTo(5); // 7 - 2
        // logit: expit(logit(7/18) -/+ t(0.975, 5) se / (77/324)), t from R qt(0.975, 5)
        double half = 2.5705818356363137 * se / (77.0 / 324);
        assertThat(yes.logit().low()).isCloseTo(expit(Math.log(7.0 / 11) - half), within(1e-10));
        assertThat(yes.logit().high()).isCloseTo(expit(Math.log(7.0 / 11) + half), within(1e-10));
        // the complementary level has p = 11/18 and x_no = -x_yes: same V and deff
        Estimate no = rows.get(1);
        assertThat(no.estimate()).isCloseTo(11.0 / 18, within(EPS));
        assertThat(no.se()).isCloseTo(se, within(EPS));
        assertThat(no.deff()).isNotNull().isCloseTo(78120.0 / 77077, within(EPS));
        // Korn-Graubard is defined here and contains p
        assertThat(yes.beta().low()).isNotNull().isLessThan(p).isGreaterThan(0.0);
        assertThat(yes.beta().high()).isNotNull().isGreaterThan(p).isLessThan(1.0);
    }

    @Test
    void postStratifiedByHand() {
        // Same data. e_i = x_i - w_h * mean_h(x / w) is the within-post-stratum deviation of x, ebar = 0:
        // sum e^2 = 1/48 + 2/243 = 81/3888 + 32/3888 = 113/3888; V = 7/6 * 113/3888 = 791/23328 (no fpc).
        // deff = (791/23328) / (539/1944 * 143/1050) = 19775/22022.
        double v = 791.0 / 23328;
        double se = Math.sqrt(v);
        Estimate yes = estimate(design(WeightingMethod.POSTSTRATIFY, 100, 4, 50, 3),
                new int[][] {{1, 2}, {3, 1}}, YES_NO).get(0);
        assertThat(yes.estimate()).isCloseTo(7.0 / 18, within(EPS));
        assertThat(yes.se() * yes.se()).isCloseTo(v, within(EPS));
        assertThat(yes.wald().low()).isCloseTo(7.0 / 18 - 1.96 * se, within(EPS));
        assertThat(yes.wald().high()).isCloseTo(7.0 / 18 + 1.96 * se, within(EPS));
        assertThat(yes.deff()).isNotNull().isCloseTo(19775.0 / 22022, within(EPS));
        assertThat(yes.df()).isEqualTo(6);
        assertThat(yes.method()).isEqualTo("poststratify");
        // logit with t(0.975, 6) = 2.4469118511449688 (R qt)
        double half = 2.4469118511449688 * se / (77.0 / 324);
        assertThat(yes.logit().low()).isCloseTo(expit(Math.log(7.0 / 11) - half), within(1e-10));
        assertThat(yes.logit().high()).isCloseTo(expit(Math.log(7.0 / 11) + half), within(1e-10));
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
