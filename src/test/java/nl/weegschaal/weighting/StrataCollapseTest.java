package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.weegschaal.estimation.VarianceEstimator;
import org.junit.jupiter.api.Test;

/** Sparse strata merge into a neighbouring size class of the same sector, or as told. */
class StrataCollapseTest {
    static final List<StratumWeight> STRATA = List.of(
            Weighting.unweighted(StratumKey.of("07", "2-19"), 1000, 30),
            Weighting.unweighted(StratumKey.of("07", "20-99"), 200, 4),
            Weighting.unweighted(StratumKey.of("07", "100+"), 50, 3),
            Weighting.unweighted(StratumKey.of("08", "2-19"), 800, 2),
            Weighting.unweighted(StratumKey.of("08", "20-99"), 150, 15),
            Weighting.unweighted(StratumKey.of("08", "100+"), 40, 20));

    @Test
    void aSparseStratumMergesWithTheNeighbouringSizeClassOfItsSector() {
        StrataCollapse.Result result = new StrataCollapse(5, List.of()).apply(STRATA);
        // 07: 100+ (3) is the sparsest and last, so it joins 20-99 (4): 7 >= 5. 08: 2-19 (2) joins 20-99: 17.
        assertThat(result.strata()).extracting(s -> s.key().toString())
                .containsExactly("07 x 2-19", "07 x 20-99+100+", "08 x 2-19+20-99", "08 x 100+");
        assertThat(result.strata()).extracting(StratumWeight::respondents).containsExactly(30, 7, 17, 20);
        assertThat(result.strata()).extracting(StratumWeight::population).containsExactly(1000.0, 250.0, 950.0, 40.0);
        assertThat(result.collapsedOf()).containsExactly(0, 1, 1, 2, 2, 3);
    }

    @Test
    void collapsedStrataGetTheirOwnExpansionWeights() {
        WeightedStrata weighted = WeightedStrata.weigh(Weighting.of(WeightingMethod.STRATIFIED, LonelyPsu.FAIL),
                List.of("sector", "size"), STRATA, new StrataCollapse(5, List.of()));
        assertThat(weighted.collapsed()).isTrue();
        assertThat(weighted.stratumOf(2).weight()).isEqualTo(250.0 / 7);
        assertThat(weighted.stratumOf(1)).isSameAs(weighted.stratumOf(2));
        assertThat(weighted.remap(new int[] {5, 0, 3})).containsExactly(3, 0, 2);
    }

    @Test
    void aLonelyStratumIsMergedAwayInsteadOfFailingTheVariance() {
        List<StratumWeight> lonely = List.of(Weighting.unweighted(StratumKey.of("A"), 100, 1),
                Weighting.unweighted(StratumKey.of("B"), 100, 10));
        Weighting weighting = Weighting.of(WeightingMethod.STRATIFIED, LonelyPsu.FAIL);
        Design plain = WeightedStrata.weigh(weighting, List.of("s"), lonely, new StrataCollapse(0, List.of())).design();
        assertThatThrownBy(() -> VarianceEstimator.of(plain)).isInstanceOf(WeightingException.class)
                .hasMessageContaining("stratum A has a single respondent");
        Design collapsed = WeightedStrata.weigh(weighting, List.of("s"), lonely, new StrataCollapse(2, List.of())).design();
        assertThat(collapsed.strata()).extracting(s -> s.key().toString()).containsExactly("A+B");
        assertThat(VarianceEstimator.of(collapsed)).isNotNull();
    }

    @Test
    void explicitMergesComeFirstAndAGroupTooSmallInAllStaysWhole() {
        StrataCollapse.Result result = new StrataCollapse(40, List.of(List.of(StratumKey.of("08", "20-99"),
                StratumKey.of("08", "100+")))).apply(STRATA);
        // 08: 20-99+100+ (35) is below 40 and joins 2-19 (2): 37, the whole sector, still below 40: kept as is.
        assertThat(result.strata()).extracting(s -> s.key().toString())
                .containsExactly("07 x 2-19+20-99+100+", "08 x 2-19+20-99+100+");
    }

    @Test
    void aMergeNamingAStratumThatIsNotThereSaysSo() {
        assertThatThrownBy(() -> new StrataCollapse(0, List.of(List.of(StratumKey.of("09", "2-19"),
                StratumKey.of("07", "2-19")))).apply(STRATA)).isInstanceOf(WeightingException.class)
                .hasMessageContaining("09 x 2-19");
    }
}
