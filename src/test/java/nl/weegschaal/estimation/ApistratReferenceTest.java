package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.ingest.ResponseSchema;
import nl.weegschaal.testing.Engine;
import nl.weegschaal.testing.ReferenceTable;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.WeightingMethod;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every cell of every method against R's survey 4.1-1 on the apistrat data. */
class ApistratReferenceTest {
    static final Path DIR = Path.of("src/test/resources/reference/apistrat");
    static final ResponseSchema SCHEMA = new ResponseSchema("cds", List.of("stype"),
            List.of("sch.wide", "awards", "both", "api00_band", "acs_k3_band"), List.of("stype", "yr.rnd"));

    @ParameterizedTest
    @EnumSource(WeightingMethod.class)
    void everyCellMatchesSurvey(WeightingMethod method) throws Exception {
        Engine.Result result = Engine.run(DIR.resolve("apistrat.csv"), DIR.resolve("apistrat_frame.csv"), SCHEMA,
                method, LonelyPsu.ADJUST, 0.95);
        ReferenceTable reference = ReferenceTable.load(DIR.resolve(method.code() + ".csv"));
        ReferenceAssertions.assertMatches(result.estimates(), reference);
    }

    @ParameterizedTest
    @EnumSource(WeightingMethod.class)
    void weightsMatchSurvey(WeightingMethod method) throws Exception {
        Engine.Result result = Engine.run(DIR.resolve("apistrat.csv"), DIR.resolve("apistrat_frame.csv"), SCHEMA,
                method, LonelyPsu.ADJUST, 0.95);
        Map<String, Double> expected = ReferenceTable.weights(DIR.resolve(method.code() + "_weights.csv"));
        Map<String, Double> actual = new HashMap<>();
        List<String> ids = result.table().ids();
        for (int i = 0; i < result.table().size(); i++) {
            actual.put(ids.get(i), result.design().stratum(result.table().stratumOf()[i]).weight());
        }
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        SoftAssertions soft = new SoftAssertions();
        expected.forEach((id, w) -> soft.assertThat(actual.get(id)).as(id).isCloseTo(w, within(1e-9 * w)));
        soft.assertAll();
    }

    @org.junit.jupiter.api.Test
    void surveyDocumentationFigureForSchoolWideTarget() throws Exception {
        Engine.Result result = Engine.run(DIR.resolve("apistrat.csv"), DIR.resolve("apistrat_frame.csv"), SCHEMA,
                WeightingMethod.STRATIFIED, LonelyPsu.ADJUST, 0.95);
        Estimate no = result.estimates().stream()
                .filter(e -> e.variable().equals("sch.wide") && e.level().equals("No") && e.domainVar().equals("total"))
                .findFirst().orElseThrow();
        assertThat(no.estimate()).isCloseTo(0.172052, within(5e-7));
        assertThat(no.se()).isCloseTo(0.024345, within(5e-7));
    }

}
