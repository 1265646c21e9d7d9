package nl.weegschaal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightDiagnostic;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weight diagnostics of a run, counted in its work store: the total, then each value of each domain. */
class WeightDiagnosticCountsTest {
    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    @Test
    void fromTheResponsesTheTotalThenEachValueOfEachDomain() throws Exception {
        // respondents in strata A A A B B with weights 10 and 20; domain "g": x x y x missing
        List<StratumWeight> strata = new ArrayList<>();
        strata.add(new StratumWeight(StratumKey.of("A"), 30, 3, 10));
        strata.add(new StratumWeight(StratumKey.of("B"), 40, 2, 20));
        Design design = new Design(WeightingMethod.STRATIFIED, LonelyPsu.ADJUST, List.of("s"), strata);
        try (RunStore store = RunStore.open(dir.resolve("work.duckdb"))) {
            store.execute("CREATE TABLE " + RunStore.RESPONSES + " AS SELECT * FROM (VALUES ('A', 'x'), ('A', 'x'), "
                    + "('A', 'y'), ('B', 'x'), ('B', NULL)) t(s, g)");
            store.execute("CREATE TABLE " + RunStore.DESIGN_INDEX + " AS SELECT * FROM (VALUES ('A', 0), ('B', 1)) "
                    + "t(s, h)");
            List<WeightDiagnostic> all = WeightDiagnosticCounts.of(store, design, List.of("g"));
            assertThat(all).extracting(d -> d.domainVar() + "=" + d.domainValue() + ":" + d.respondents())
                    .containsExactly("total=total:5", "g=x:3", "g=y:1");
            assertThat(all.get(0).sumOfWeights()).isCloseTo(70, within(EPS));
            assertThat(all.get(1).sumOfWeights()).isCloseTo(40, within(EPS));
            assertThat(all.get(1).medianWeight()).isEqualTo(10);
            assertThat(all.get(2).sumOfWeights()).isCloseTo(10, within(EPS));
            assertThat(all.get(2).kishDeff()).isCloseTo(1, within(EPS));
        }
    }
}
