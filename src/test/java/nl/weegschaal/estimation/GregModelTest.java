package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import org.junit.jupiter.api.Test;

/** The model of a calibration is made once and shared by the estimators of the same design. */
class GregModelTest {
    private final GregSyntheticSurvey survey = new GregSyntheticSurvey(2_000, 11L, false, LonelyPsu.ADJUST);

    /** As the estimate step rebuilds the design the weights step calibrated: equal strata, another list. */
    @Test
    void aPreparedModelIsTakenByTheSameDesignReadBack() {
        GregProportionEstimator.prepare(survey.design);
        Design readBack = new Design(survey.design.method(), survey.design.lonelyPsu(),
                survey.design.strataColumns(), new ArrayList<>(survey.design.strata()), survey.design.calibration());
        assertThat(GregModel.of(readBack)).isSameAs(GregModel.of(survey.design));
    }

    @Test
    void anotherLonelyStratumRuleGetsAModelOfItsOwn() {
        GregModel adjusted = GregModel.of(survey.design);
        Design removed = new Design(survey.design.method(), LonelyPsu.REMOVE, survey.design.strataColumns(),
                survey.design.strata(), survey.design.calibration());
        assertThat(GregModel.of(removed)).isNotSameAs(adjusted);
    }
}
