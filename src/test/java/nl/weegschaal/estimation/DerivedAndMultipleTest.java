package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import nl.weegschaal.store.Tallies;
import nl.weegschaal.testing.StoreFixture;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A derived level is estimated exactly as the same respondents' answers recoded into one level; a
 * multiple-response option exactly as a 0/1 variable among those asked. Both are checked against
 * the plain-variable path, which is itself checked against survey, and against a hand calculation,
 * with the engine's own tallies (counted in its work store) and estimator.
 */
class DerivedAndMultipleTest {
    // strata A (N=100) and B (N=60); q: levels x, y, z; hi = x or y; o1, o2 asked only when q = x
    static final String RESPONSES = """
            id,s,q,hi,o1,o2,d
            1,A,x,1,1,0,u
            2,A,y,1,,,u
            3,A,z,0,,,v
            4,A,x,1,0,1,v
            5,B,x,1,1,1,u
            6,B,z,0,,,u
            7,B,y,1,,,v
            8,B,,,,,v
            """;

    @TempDir
    Path dir;

    StoreFixture.Weighted weighted;

    void load(WeightingMethod method) throws Exception {
        Files.writeString(dir.resolve("r.csv"), RESPONSES);
        Files.writeString(dir.resolve("f.csv"), "s,N\nA,100\nB,60\n");
        weighted = StoreFixture.weigh(dir, dir.resolve("r.csv"), dir.resolve("f.csv"), List.of("s"), method);
    }

    /** Every target for the total and each value of domain d, as the estimation step makes them. */
    List<Estimate> estimate(List<EstimationTarget> targets) throws Exception {
        ProportionEstimator estimator = new ProportionEstimator(weighted.design(), 0.95);
        Tallies tallies = weighted.tallies(targets, List.of("d"));
        List<Estimate> rows = new ArrayList<>();
        for (EstimationTarget target : targets) {
            for (String domain : java.util.Arrays.asList(null, "d")) {
                Tallies.Of t = tallies.of(target, domain);
                for (int v = 0; v < t.domainValues().size(); v++) {
                    rows.addAll(estimator.estimate(target.variable(), t.labels(), domain == null ? Estimate.TOTAL
                            : domain, t.domainValues().get(v), t.tallies()[v]));
                }
            }
        }
        return rows;
    }

    List<Estimate> plain(String... variables) throws Exception {
        return estimate(java.util.Arrays.stream(variables).<EstimationTarget>map(EstimationTarget.Single::of).toList());
    }

    static Estimate find(List<Estimate> rows, String variable, String level, String domain) {
        return rows.stream().filter(e -> e.variable().equals(variable) && e.level().equals(level)
                && e.domainValue().equals(domain)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(WeightingMethod.class)
    void derivedLevelEqualsTheRecodedVariable(WeightingMethod method) throws Exception {
        load(method);
        List<Estimate> derived = estimate(List.of(new EstimationTarget.Single("q", Map.of("x_or_y", List.of("x", "y")))));
        List<Estimate> recoded = plain("hi");
        for (String domain : List.of("total", "u", "v")) {
            Estimate a = find(derived, "q", "x_or_y", domain);
            Estimate b = find(recoded, "hi", "1", domain);
            assertThat(a.estimate()).isCloseTo(b.estimate(), within(1e-15));
            assertThat(a.se()).isCloseTo(b.se(), within(1e-15));
            assertThat(a.nUnweighted()).isEqualTo(b.nUnweighted());
            assertThat(a.df()).isEqualTo(b.df());
        }
        // hand calculation, weights 100/4 = 25 (A) and 60/4 = 15 (B); respondent 8 did not answer q:
        // x or y: (25*3 + 15*2) / (25*4 + 15*3) = 105/145; x alone: (25*2 + 15) / 145 = 65/145
        assertThat(find(derived, "q", "x_or_y", "total").estimate()).isCloseTo(105.0 / 145, within(1e-15));
        assertThat(find(derived, "q", "x", "total").estimate()).isCloseTo(65.0 / 145, within(1e-15));
    }

    @ParameterizedTest
    @EnumSource(WeightingMethod.class)
    void optionEqualsAZeroOneVariableAmongThoseAsked(WeightingMethod method) throws Exception {
        load(method);
        List<Estimate> multiple = estimate(List.of(new EstimationTarget.Multiple("which", Map.of("first", "o1", "second",
                "o2"))));
        List<Estimate> plain = plain("o1", "o2");
        for (String domain : List.of("total", "u", "v")) {
            for (String[] option : new String[][] {{"first", "o1"}, {"second", "o2"}}) {
                Estimate a = find(multiple, "which", option[0], domain);
                Estimate b = find(plain, option[1], "1", domain);
                assertThat(a.estimate()).isCloseTo(b.estimate(), within(1e-15));
                assertThat(a.se()).isCloseTo(b.se(), within(1e-15));
                assertThat(a.nUnweighted()).isEqualTo(b.nUnweighted());
            }
        }
        // asked: 1, 4 (A, weight 25) and 5 (B, weight 15); o1 ticked by 1 and 5: (25 + 15) / (25 + 25 + 15)
        assertThat(find(multiple, "which", "first", "total").estimate()).isCloseTo(40.0 / 65, within(1e-15));
        assertThat(find(multiple, "which", "first", "total").nUnweighted()).isEqualTo(3);
    }
}
