package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The order of weights found once gives what sorting each domain's weights gave. */
class AscendingOrderTest {
    @Test
    void theOrderSortsAsArraysSortWithNegativesZerosOfBothSignsAndTies() {
        Random random = new Random(15);
        double[] values = new double[200_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (i % 7) {
                case 0 -> -0.0;
                case 1 -> 0.0;
                case 2 -> -random.nextDouble() * 1e6;
                case 3 -> Math.floor(random.nextDouble() * 20); // ties
                default -> random.nextDouble() * Math.pow(10, random.nextInt(12) - 4);
            };
        }
        int[] order = AscendingOrder.of(values);
        double[] expected = values.clone();
        Arrays.sort(expected);
        double[] ordered = new double[values.length];
        for (int k = 0; k < order.length; k++) {
            ordered[k] = values[order[k]];
        }
        assertThat(ordered).isEqualTo(expected);
        assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0,
                values.length).toArray());
    }

    @Test
    void equalWeightsKeepTheirRespondentsOrderAndNoWeightsGiveNoOrder() {
        assertThat(AscendingOrder.of(new double[] {2, 1, 2, 1})).containsExactly(1, 3, 0, 2);
        assertThat(AscendingOrder.of(new double[0])).isEmpty();
    }

    @Test
    void diagnosticsOfSortedWeightsAreThoseOfTheWeightsSortedAgain() {
        Design design = new Design(WeightingMethod.STRATIFIED, LonelyPsu.ADJUST, List.of("s"), List.of(
                new StratumWeight(StratumKey.of("a"), 100, 3, 100 / 3.0),
                new StratumWeight(StratumKey.of("b"), 50, 2, 25)));
        double[] w = {40.1, 20.3, 30.7, 26.0, 24.5};
        int[] stratum = {0, 0, 0, 1, 1};
        int[] order = AscendingOrder.of(w);
        double[] sorted = Arrays.stream(order).mapToDouble(i -> w[i]).toArray();
        int[] strata = Arrays.stream(order).map(i -> stratum[i]).toArray();
        assertThat(WeightDiagnostics.ofSortedRespondents(design, "total", "total", sorted, strata))
                .isEqualTo(WeightDiagnostics.ofRespondents(design, "total", "total", w, stratum));
        assertThatThrownBy(() -> WeightDiagnostics.ofSortedRespondents(design, "total", "total", w, stratum))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in order");
    }
}
