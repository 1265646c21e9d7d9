package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weight diagnostics against hand calculations. */
class WeightDiagnosticsTest {
    private static final double EPS = 1e-12;

    /** A design whose stratum h has weight weights[h] and respondents[h] respondents (N_h = n_h w_h). */
    static Design design(double[] weights, int[] respondents) {
        List<StratumWeight> strata = new ArrayList<>();
        for (int h = 0; h < weights.length; h++) {
            strata.add(new StratumWeight(StratumKey.of(String.valueOf((char) ('A' + h))),
                    weights[h] * respondents[h], respondents[h], weights[h]));
        }
        return new Design(WeightingMethod.STRATIFIED, LonelyPsu.ADJUST, List.of("s"), strata);
    }

    /*
     * Weights {10, 10, 10, 20}: n = 4, sum 50, mean 12.5; population variance
     * (3 x 2.5^2 + 7.5^2) / 4 = 75 / 4 = 18.75, CV^2 = 18.75 / 156.25 = 0.12, so deff = 1.12
     * = 4 x (300 + 400) / 50^2; n_eff = 4 / 1.12 = 2500 / 700 = 3.5714...; median (10 + 10) / 2 = 10.
     */
    @Test
    void tenTenTenTwenty() {
        WeightDiagnostic d = WeightDiagnostics.of(design(new double[] {10, 20}, new int[] {3, 1}), "total", "total",
                new int[] {3, 1});
        assertThat(d.domainVar()).isEqualTo("total");
        assertThat(d.respondents()).isEqualTo(4);
        assertThat(d.sumOfWeights()).isCloseTo(50, within(EPS));
        assertThat(d.minWeight()).isEqualTo(10);
        assertThat(d.medianWeight()).isEqualTo(10);
        assertThat(d.maxWeight()).isEqualTo(20);
        assertThat(d.cv()).isCloseTo(Math.sqrt(0.12), within(EPS));
        assertThat(d.kishDeff()).isCloseTo(1.12, within(EPS)).isCloseTo(4.0 * (300 + 400) / (50 * 50), within(EPS));
        assertThat(d.kishDeff()).isEqualTo(1 + d.cv() * d.cv());
        assertThat(d.effectiveN()).isCloseTo(2500.0 / 700, within(EPS)).isCloseTo(4 / d.kishDeff(), within(EPS));
        assertThat(d.largestWeightStrata()).isEqualTo("B (w = 20.0, n = 1); A (w = 10.0, n = 3)");
    }

    @Test
    void medianOfAnEvenNumberIsTheMeanOfTheTwoMiddleWeightsAsInR() {
        Design design = design(new double[] {30, 10, 20}, new int[] {5, 5, 5});
        // R: median(c(10, 10, 20, 20)) = 15
        assertThat(WeightDiagnostics.of(design, "d", "x", new int[] {0, 2, 2}).medianWeight()).isEqualTo(15);
        // median(c(10, 20, 20)) = 20; median(c(10, 20, 30, 30, 30)) = 30; median(c(10, 10, 10, 20, 30, 30)) = 15
        assertThat(WeightDiagnostics.of(design, "d", "x", new int[] {0, 1, 2}).medianWeight()).isEqualTo(20);
        assertThat(WeightDiagnostics.of(design, "d", "x", new int[] {3, 1, 1}).medianWeight()).isEqualTo(30);
        assertThat(WeightDiagnostics.of(design, "d", "x", new int[] {2, 3, 1}).medianWeight()).isEqualTo(15);
        assertThat(WeightDiagnostics.of(design, "d", "x", new int[] {0, 0, 1}).medianWeight()).isEqualTo(20);
    }

    @Test
    void aDomainSeesOnlyTheStrataWhereItHasRespondents() {
        Design design = design(new double[] {30, 10, 20}, new int[] {5, 5, 5});
        WeightDiagnostic d = WeightDiagnostics.of(design, "d", "x", new int[] {0, 1, 2});
        assertThat(d.respondents()).isEqualTo(3);
        assertThat(d.sumOfWeights()).isCloseTo(50, within(EPS));
        assertThat(d.minWeight()).isEqualTo(10);
        assertThat(d.maxWeight()).isEqualTo(20);
        // n sum(w^2) / (sum w)^2 = 3 x 900 / 2500 = 1.08
        assertThat(d.kishDeff()).isCloseTo(1.08, within(EPS));
        assertThat(d.largestWeightStrata()).isEqualTo("C (w = 20.0, n = 2); B (w = 10.0, n = 1)");
    }

    @Test
    void equalWeightsLoseNothing() {
        WeightDiagnostic d = WeightDiagnostics.of(design(new double[] {7.5, 7.5}, new int[] {4, 6}), "total",
                "total", new int[] {4, 6});
        assertThat(d.cv()).isCloseTo(0, within(EPS));
        assertThat(d.kishDeff()).isCloseTo(1, within(EPS));
        assertThat(d.effectiveN()).isCloseTo(10, within(EPS));
        assertThat(d.largestWeightStrata()).isEqualTo("A (w = 7.5, n = 4); B (w = 7.5, n = 6)");
    }

    @Test
    void namesAtMostThreeStrataLargestFirst() {
        Design design = design(new double[] {1, 5, 3, 4, 2}, new int[] {1, 1, 1, 1, 1});
        assertThat(WeightDiagnostics.of(design, "total", "total", new int[] {1, 1, 1, 1, 1}).largestWeightStrata())
                .isEqualTo("B (w = 5.0, n = 1); D (w = 4.0, n = 1); C (w = 3.0, n = 1)");
    }

    @Test
    void rejectsCountsThatDoNotFitAndEmptyDomains() {
        Design design = design(new double[] {10, 20}, new int[] {3, 1});
        assertThatThrownBy(() -> WeightDiagnostics.of(design, "d", "x", new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
        assertThatThrownBy(() -> WeightDiagnostics.of(design, "d", "x", new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("d = x has no respondents");
    }
}
