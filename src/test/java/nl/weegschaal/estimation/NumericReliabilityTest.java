package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reliability rules that apply to totals, means and ratios, with the survey's default thresholds. */
class NumericReliabilityTest {
    private final NumericReliability rules = new NumericReliability(ReliabilityRules.DEFAULT);

    private static NumericEstimate mean(long n, double estimate, double se, Double deff, long df) {
        return new NumericEstimate(NumericStatistic.MEAN, "v", "total", "total", n, 100, estimate, se,
                new Interval(estimate - 1.96 * se, estimate + 1.96 * se), deff, df, "stratified");
    }

    @Test
    void fewerRespondentsThanTheMinimumIsSuppressedWhateverTheInterval() {
        Classification c = rules.classify(mean(9, 10, 0.1, 1.0, 8));
        assertThat(c.reliability()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(c.reason()).isEqualTo("fewer than 10 respondents (n = 9)");
    }

    @Test
    void aDesignEffectAboveOneShrinksTheEffectiveSampleSizeBelowThirty() {
        Classification c = rules.classify(mean(40, 10, 0.1, 2.0, 38));
        assertThat(c.effectiveN()).isEqualTo(20.0);
        assertThat(c.reason()).isEqualTo("effective sample size 20.0 below 30.0");
    }

    @Test
    void aRatioWithoutDesignEffectUsesItsRespondents() {
        assertThat(rules.classify(mean(40, 10, 0.1, null, 38)).effectiveN()).isEqualTo(40.0);
    }

    @Test
    void anIntervalWiderThan130PercentOfTheEstimateIsIndicative() {
        // width 2 * 1.96 * 3.4 = 13.3 over 10: 133%
        Classification c = rules.classify(mean(100, 10, 3.4, 1.0, 98));
        assertThat(c.reliability()).isEqualTo(Reliability.INDICATIVE);
        assertThat(c.reason()).isEqualTo("interval 133% of the estimate (above 130%)");
        assertThat(rules.classify(mean(100, 10, 3.3, 1.0, 98)).reliability()).isEqualTo(Reliability.PUBLISHABLE);
    }

    @Test
    void anEstimateOfZeroWithSpreadIsIndicativeAndOneWithoutIsPublishable() {
        assertThat(rules.classify(mean(100, 0, 0.5, 1.0, 98)).reason()).isEqualTo(
                "interval around an estimate of 0 (above 130%)");
        assertThat(rules.classify(mean(100, 0, 0, null, 98)).reliability()).isEqualTo(Reliability.PUBLISHABLE);
    }

    @Test
    void fewDegreesOfFreedomAreIndicativeAndNoneSuppressed() {
        assertThat(rules.classify(mean(40, 10, 0.1, 1.0, 7)).reason()).isEqualTo("7 degrees of freedom, below 8");
        assertThat(rules.classify(mean(40, 10, 0.1, 1.0, 0)).reason()).isEqualTo(
                "no degrees of freedom for the variance");
    }
}
