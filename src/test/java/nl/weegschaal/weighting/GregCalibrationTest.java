package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GREG calibration against R survey's calibrate() on apistrat, ~ stype + enroll. */
class GregCalibrationTest {
    private static final double RELATIVE = 1e-9;
    private final CalibrationReference reference = new CalibrationReference();

    @ParameterizedTest
    @ValueSource(strings = {"linear", "linear_bounded", "raking", "raking_bounded", "logit", "logit_tight"})
    void everyRespondentsWeightMatchesSurveysCalibrate(String caseName) {
        GregResult result = reference.calibration(caseName).calibrate(reference.designWeights, reference.model());
        double[] expected = reference.weights(caseName);
        assertThat(result.weights()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(result.weights()[i]).as("weight of row %d", i + 1)
                    .isCloseTo(expected[i], within(RELATIVE * Math.abs(expected[i])));
            assertThat(result.g()[i] * reference.designWeights[i]).isEqualTo(result.weights()[i]);
        }
        assertThat(result.largestMiss()).isLessThan(GregCalibration.TOLERANCE);
        assertThat(result.iterations()).isBetween(1, 100);
        assertThat(result.negativeWeights()).isZero();
    }

    @Test
    void boundedCalibrationsKeepEveryGWeightInsideTheBounds() {
        for (String caseName : List.of("linear_bounded", "raking_bounded", "logit_tight")) {
            double[] g = reference.calibration(caseName).calibrate(reference.designWeights, reference.model()).g();
            assertThat(java.util.Arrays.stream(g).min().orElseThrow()).isGreaterThanOrEqualTo(0.9);
            assertThat(java.util.Arrays.stream(g).max().orElseThrow()).isLessThanOrEqualTo(1.1);
            assertThat(java.util.Arrays.stream(g).max().orElseThrow()).as("the bounds bind in %s", caseName)
                    .isCloseTo(1.1, within(1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"LINEAR", "RAKING", "LOGIT"})
    void aCalibrationTheDesignWeightsAlreadySatisfyLeavesEveryGWeightAtOne(String function) {
        CalibrationModel model = reference.model();
        double[] totals = new double[model.columns()];
        for (int i = 0; i < model.respondents(); i++) {
            for (int j = 0; j < totals.length; j++) {
                totals[j] += reference.designWeights[i] * model.rows()[i][j];
            }
        }
        CalibrationModel satisfied = new CalibrationModel(model.rows(), totals, model.names());
        GregResult result = new GregCalibration(CalibrationFunction.valueOf(function),
                new CalibrationBounds(0.5, 2), 50).calibrate(reference.designWeights, satisfied);
        assertThat(result.g()).containsOnly(1.0);
        assertThat(result.weights()).containsExactly(reference.designWeights);
        assertThat(result.iterations()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LINEAR", "RAKING", "LOGIT"})
    void infeasibleBoundsAreAnErrorNamingTheTotalFurthestOff(String function) {
        // the HT estimate of enroll is 3.3% below its total: g within 1 +/- 1% cannot close that gap
        GregCalibration calibration = new GregCalibration(CalibrationFunction.valueOf(function),
                new CalibrationBounds(0.99, 1.01), 50);
        assertThatThrownBy(() -> calibration.calibrate(reference.designWeights, reference.model()))
                .isInstanceOf(WeightingException.class)
                .hasMessageContaining("did not meet the totals in 50 iterations")
                .hasMessageContaining("furthest off is enroll (population total 3811472")
                .hasMessageContaining("bounds [0.99, 1.01]");
    }

    @Test
    void unboundedLinearCalibrationIsSolvedInOneNewtonStep() {
        GregResult result = new GregCalibration(CalibrationFunction.LINEAR, CalibrationBounds.NONE, 50)
                .calibrate(reference.designWeights, reference.model());
        assertThat(result.iterations()).isLessThanOrEqualTo(2);
    }

    @Test
    void logitCalibrationWithoutFiniteBoundsIsRefused() {
        assertThatThrownBy(() -> new GregCalibration(CalibrationFunction.LOGIT, CalibrationBounds.NONE, 50))
                .isInstanceOf(WeightingException.class).hasMessageContaining("logit calibration needs finite bounds");
    }

    @Test
    void boundsThatDoNotEncloseOneAreRefused() {
        assertThatThrownBy(() -> new CalibrationBounds(1.2, 2))
                .isInstanceOf(WeightingException.class).hasMessageContaining("lower < 1 < upper");
    }

    @Test
    void aMissingAuxiliaryValueIsAnErrorNamingTheAuxiliaryAndRespondent() {
        double[][] rows = {{1, 10}, {1, Double.NaN}};
        assertThatThrownBy(() -> new CalibrationModel(rows, new double[] {2, 20}, List.of("N", "employees")))
                .isInstanceOf(WeightingException.class)
                .hasMessageContaining("the auxiliary employees is missing for respondent 2");
    }

    @Test
    void aTotalNoRespondentCarriesIsAnErrorNamingIt() {
        double[][] rows = {{1, 0}, {1, 0}};
        CalibrationModel model = new CalibrationModel(rows, new double[] {10, 3}, List.of("N", "size class 50+"));
        assertThatThrownBy(() -> new GregCalibration(CalibrationFunction.RAKING, CalibrationBounds.NONE, 50)
                .calibrate(new double[] {5, 5}, model))
                .isInstanceOf(WeightingException.class)
                .hasMessageContaining("no respondent has size class 50+, so its population total 3 cannot be met");
    }

    @Test
    void aLevelWithoutRespondentsAndWithTotalZeroIsLeftOutAsSurveyDropsIt() {
        double[][] rows = {{1, 0}, {1, 0}, {1, 0}};
        CalibrationModel model = new CalibrationModel(rows, new double[] {12, 0}, List.of("N", "empty level"));
        GregResult result = new GregCalibration(CalibrationFunction.RAKING, CalibrationBounds.NONE, 50)
                .calibrate(new double[] {3, 3, 3}, model);
        assertThat(result.weights()).containsExactly(new double[] {4, 4, 4}, within(1e-12));
    }
}
