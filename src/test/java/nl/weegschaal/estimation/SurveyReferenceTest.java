package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.weegschaal.testing.Engine;
import nl.weegschaal.testing.ReferenceAssertions;
import nl.weegschaal.testing.ReferenceTable;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.WeightingMethod;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell and every weight that the one engine publishes (through {@code weigh}, as the wave job
 * does) against R's survey (src/test/resources/reference): apistrat for all
 * three methods; a two-margin design (rake2) with item nonresponse, a routed question and a level
 * absent from a domain; a stratified design with lonely and certainty strata under both rules; and
 * "unseen" (3,000 respondents, 12 strata in two columns, lonely and certainty strata, a missing domain
 * value), made after the engine for a check from outside, all three methods and both rules.
 */
class SurveyReferenceTest {
    static final Path REFERENCE = Path.of("src/test/resources/reference");

    record Case(String name, String data, Engine.Columns schema, WeightingMethod method, LonelyPsu lonely,
                String expected, String weights) {
        @Override
        public String toString() {
            return name + " " + expected;
        }

        Engine.Result run() throws Exception {
            Path dir = REFERENCE.resolve(name);
            return Engine.run(dir.resolve(data + ".csv"), dir.resolve(data + "_frame.csv"), schema, method, lonely,
                    0.95);
        }
    }

    static Stream<Arguments> cases() {
        Engine.Columns apistrat = new Engine.Columns("cds", List.of("stype"),
                List.of("sch.wide", "awards", "both", "api00_band", "acs_k3_band"), List.of("stype", "yr.rnd"));
        Engine.Columns rake2 = new Engine.Columns("id", List.of("sector", "size"),
                List.of("q1", "q2", "q3", "q4", "q5"), List.of("sector", "size", "region"));
        Engine.Columns lonely = new Engine.Columns("id", List.of("stratum"), List.of("v1", "v2"), List.of("type"));
        Engine.Columns unseen = new Engine.Columns("resp_id", List.of("sector", "size"), List.of("q1", "q2", "q3"),
                List.of("regio", "size"));
        Stream.Builder<Arguments> cases = Stream.builder();
        for (WeightingMethod method : WeightingMethod.values()) {
            cases.add(Arguments.of(new Case("apistrat", "apistrat", apistrat, method, LonelyPsu.ADJUST,
                    method.code(), method.code() + "_weights")));
            cases.add(Arguments.of(new Case("rake2", "rake2", rake2, method, LonelyPsu.ADJUST,
                    method.code(), method.code() + "_weights")));
            if (method != WeightingMethod.STRATIFIED) {
                cases.add(Arguments.of(new Case("unseen", "unseen", unseen, method, LonelyPsu.ADJUST,
                        method.code(), method.code() + "_weights")));
            }
        }
        for (LonelyPsu rule : List.of(LonelyPsu.ADJUST, LonelyPsu.REMOVE)) {
            cases.add(Arguments.of(new Case("unseen", "unseen", unseen, WeightingMethod.STRATIFIED, rule,
                    "stratified_" + rule.name().toLowerCase(Locale.ROOT), "stratified_weights")));
        }
        cases.add(Arguments.of(new Case("lonely", "lonely", lonely, WeightingMethod.STRATIFIED, LonelyPsu.ADJUST,
                "stratified_adjust", "stratified_weights")));
        cases.add(Arguments.of(new Case("lonely", "lonely", lonely, WeightingMethod.STRATIFIED, LonelyPsu.REMOVE,
                "stratified_remove", "stratified_weights")));
        return cases.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCellMatchesSurvey(Case c) throws Exception {
        ReferenceTable reference = ReferenceTable.load(REFERENCE.resolve(c.name()).resolve(c.expected() + ".csv"));
        ReferenceAssertions.assertMatches(c.run().estimates(), reference);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void weightsMatchSurvey(Case c) throws Exception {
        Engine.Result result = c.run();
        Map<String, Double> expected = ReferenceTable.weights(REFERENCE.resolve(c.name()).resolve(c.weights() + ".csv"));
        Map<String, Double> actual = new HashMap<>(result.weights());
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        SoftAssertions soft = new SoftAssertions();
        expected.forEach((id, w) -> soft.assertThat(actual.get(id)).as(id).isCloseTo(w, within(1e-9 * w)));
        soft.assertAll();
    }

    @Test
    void surveyDocumentationFigureForSchoolWideTarget() throws Exception {
        Engine.Result result = ((Case) cases().findFirst().orElseThrow().get()[0]).run();
        Estimate no = result.estimates().stream()
                .filter(e -> e.variable().equals("sch.wide") && e.level().equals("No") && e.domainVar().equals("total"))
                .findFirst().orElseThrow();
        assertThat(no.estimate()).isCloseTo(0.172052, within(5e-7));
        assertThat(no.se()).isCloseTo(0.024345, within(5e-7));
    }
}
