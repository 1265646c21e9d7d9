package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trimming caps the weights and keeps the frame totals, or says why it cannot. */
class TrimmingTest {
    // 2 sectors x 2 sizes; cell (b, large) has few respondents and so a large raked weight
    static final List<StratumWeight> STRATA = List.of(
            Weighting.unweighted(StratumKey.of("a", "small"), 400, 40),
            Weighting.unweighted(StratumKey.of("a", "large"), 100, 20),
            Weighting.unweighted(StratumKey.of("b", "small"), 300, 30),
            Weighting.unweighted(StratumKey.of("b", "large"), 200, 4));
    static final List<String> COLUMNS = List.of("sector", "size");

    static double total(Design d, int column, String value) {
        return d.strata().stream().filter(s -> s.key().values().get(column).equals(value))
                .mapToDouble(s -> s.respondents() * s.weight()).sum();
    }

    @Test
    void rakedWeightsAboveTheCapAreCutAndTheMarginsStillHold() {
        Design plain = Weighting.of(WeightingMethod.RAKE, LonelyPsu.ADJUST).weigh(COLUMNS, STRATA);
        assertThat(plain.stratum(3).weight()).as("untrimmed").isGreaterThan(15);
        Design trimmed = Weighting.of(WeightingMethod.RAKE, LonelyPsu.ADJUST, new TrimRule(null, 15.0))
                .weigh(COLUMNS, STRATA);
        assertThat(trimmed.strata()).allSatisfy(s -> assertThat(s.weight()).isLessThanOrEqualTo(15 * (1 + 1e-12)));
        assertThat(trimmed.stratum(3).weight()).isCloseTo(15, within(1e-9));
        for (String[] margin : new String[][] {{"0", "a", "500"}, {"0", "b", "500"}, {"1", "small", "700"},
            {"1", "large", "300"}}) {
            assertThat(total(trimmed, Integer.parseInt(margin[0]), margin[1]))
                    .isCloseTo(Double.parseDouble(margin[2]), within(1e-9));
        }
    }

    @Test
    void aCapAsAMultipleOfTheMedianWeight() {
        Design plain = Weighting.of(WeightingMethod.STRATIFIED, LonelyPsu.ADJUST).weigh(COLUMNS, STRATA);
        // weights 10 (40), 5 (20), 10 (30), 50 (4): sorted 5 x20, 10 x70, 50 x4; 94 respondents, middle 47th/48th = 10
        assertThat(TrimRule.medianWeight(plain)).isEqualTo(10.0);
        assertThat(new TrimRule(3.0, null).cap(plain)).isEqualTo(30.0);
        assertThat(new TrimRule(3.0, 20.0).cap(plain)).isEqualTo(20.0);
    }

    @Test
    void stratifiedWeightsCannotBeTrimmedWithoutBreakingAStratumTotalSoItSaysWhich() {
        assertThatThrownBy(() -> Weighting.of(WeightingMethod.STRATIFIED, LonelyPsu.ADJUST, new TrimRule(3.0, null))
                .weigh(COLUMNS, STRATA)).isInstanceOf(WeightingException.class)
                .hasMessageContaining("cannot keep the population of stratum b x large")
                .hasMessageContaining("N = 200").hasMessageContaining("weight of 50");
    }

    @Test
    void aCapTooLowForAMarginIsNamed() {
        assertThatThrownBy(() -> Weighting.of(WeightingMethod.RAKE, LonelyPsu.ADJUST, new TrimRule(null, 6.0))
                .weigh(COLUMNS, STRATA)).isInstanceOf(WeightingException.class)
                .hasMessageContaining("trimming").hasMessageContaining("margin");
    }

    @Test
    void aCapAboveEveryWeightChangesNothing() {
        Design plain = Weighting.of(WeightingMethod.RAKE, LonelyPsu.ADJUST).weigh(COLUMNS, STRATA);
        Design trimmed = Weighting.of(WeightingMethod.RAKE, LonelyPsu.ADJUST, new TrimRule(null, 1000.0))
                .weigh(COLUMNS, STRATA);
        assertThat(trimmed).isEqualTo(plain);
    }
}
