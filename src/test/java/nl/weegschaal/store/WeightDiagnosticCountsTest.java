package nl.weegschaal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.testing.StoreFixture;
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
        // respondents in strata A A A B B with weights 30/3 = 10 and 40/2 = 20; domain "g": x x y x missing
        Files.writeString(dir.resolve("r.csv"), "id,s,g\n1,A,x\n2,A,x\n3,A,y\n4,B,x\n5,B,\n");
        Files.writeString(dir.resolve("f.csv"), "s,N\nA,30\nB,40\n");
        StoreFixture.Weighted weighted = StoreFixture.weigh(dir, dir.resolve("r.csv"), dir.resolve("f.csv"),
                List.of("s"), WeightingMethod.STRATIFIED);
        try (RunStore store = weighted.store()) {
            List<WeightDiagnostic> all = WeightDiagnosticCounts.of(store, StagedValues.read(store, weighted.spec()),
                    weighted.design(), List.of("g"));
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
