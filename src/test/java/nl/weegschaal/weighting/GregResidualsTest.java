package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The variance of estimates under calibrated weights from the calibration residuals, against the se
 * of R survey's svytotal/svymean on the calibrated apistrat design: stratified fpc variance of
 * w_i e_i, e the residual of the linearised variable.
 */
class GregResidualsTest {
    private static final double RELATIVE = 1e-9;
    private final CalibrationReference reference = new CalibrationReference();

    @ParameterizedTest
    @ValueSource(strings = {"linear", "linear_bounded", "raking", "raking_bounded", "logit", "logit_tight"})
    void theSeOfAMeanFromTheResidualsMatchesSurveysSvymean(String caseName) {
        double[] w = calibratedWeights(caseName);
        double[] y = reference.api00;
        double weight = sum(w);
        double mean = weightedSum(w, y) / weight;
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = (y[i] - mean) / weight; // the ratio-type linearisation of a mean
        }
        double[] expected = reference.estimate(caseName, "mean", "api00");
        assertThat(mean).isCloseTo(expected[0], within(RELATIVE * expected[0]));
        assertThat(se(w, z)).isCloseTo(expected[1], within(RELATIVE * expected[1]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear", "raking", "logit_tight"})
    void theSeOfATotalFromTheResidualsMatchesSurveysSvytotal(String caseName) {
        double[] w = calibratedWeights(caseName);
        double[] expected = reference.estimate(caseName, "total", "api00");
        assertThat(weightedSum(w, reference.api00)).isCloseTo(expected[0], within(RELATIVE * expected[0]));
        assertThat(se(w, reference.api00)).isCloseTo(expected[1], within(RELATIVE * expected[1]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear", "raking_bounded", "logit"})
    void theSeOfAProportionFromTheResidualsMatchesSurveysSvymean(String caseName) {
        double[] w = calibratedWeights(caseName);
        double[] yes = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            yes[i] = reference.respondents.get(i).get("sch_wide").equals("Yes") ? 1 : 0;
        }
        double weight = sum(w);
        double p = weightedSum(w, yes) / weight;
        double[] z = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            z[i] = (yes[i] - p) / weight;
        }
        double[] expected = reference.estimate(caseName, "mean", "sch.wideYes");
        assertThat(p).isCloseTo(expected[0], within(RELATIVE * expected[0]));
        assertThat(se(w, z)).isCloseTo(expected[1], within(RELATIVE * expected[1]));
    }

    private double[] calibratedWeights(String caseName) {
        return reference.calibration(caseName).calibrate(reference.designWeights, reference.model()).weights();
    }

    private double se(double[] w, double[] z) {
        double[] e = new GregResiduals(reference.designWeights, reference.model()).residuals(z);
        double[] influence = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            influence[i] = w[i] * e[i];
        }
        return Math.sqrt(reference.stratifiedVariance(influence));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double weightedSum(double[] w, double[] y) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * y[i];
        }
        return s;
    }
}
