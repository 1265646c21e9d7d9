package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ReliabilityClassifier} just below, at and just above its threshold, with the
 * default (NCHS) thresholds. The numbers are chosen by hand so that only the rule under test decides:
 * p = 0.5 with se = 0.05 has n_eff = 0.25 / 0.0025 = 100 and a relative width of at most 2 x width.
 */
class ReliabilityClassifierTest {
    private final ReliabilityClassifier rules = new ReliabilityClassifier(ReliabilityRules.DEFAULT);

    private static Interval around(double p, double widthPoints) {
        return new Interval(p - widthPoints / 200, p + widthPoints / 200);
    }

    private Classification classify(double p, double se, Interval kg, long df, long n) {
        return rules.classify(p, se, kg, df, n);
    }

    @Test
    void fewerRespondentsThanTheMinimumAreSuppressedWhateverTheInterval() {
        assertThat(classify(0.5, 0.05, around(0.5, 2), 100, 9).reliability()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(classify(0.5, 0.05, around(0.5, 2), 100, 9).reason()).isEqualTo("fewer than 10 respondents (n = 9)");
        // at 10 respondents the minimum holds, and n_eff = min(n, ...) = 10 < 30 decides instead
        assertThat(classify(0.5, 0.05, around(0.5, 2), 100, 10).reason()).startsWith("effective sample size 10.0");
    }

    @Test
    void anEffectiveSampleSizeBelowThirtyIsSuppressedAtThirtyItIsNot() {
        // p (1 - p) / se^2: 0.25 / 0.25^2 / ... chosen as exactly 29.9, 30 and 30.1
        assertThat(classify(0.5, Math.sqrt(0.25 / 29.9), around(0.5, 2), 100, 200).reason())
                .isEqualTo("effective sample size 29.9 below 30.0");
        assertThat(classify(0.5, Math.sqrt(0.25 / 30), around(0.5, 2), 100, 200).reliability())
                .isEqualTo(Reliability.PUBLISHABLE);
        assertThat(classify(0.5, Math.sqrt(0.25 / 30.1), around(0.5, 2), 100, 200).reliability())
                .isEqualTo(Reliability.PUBLISHABLE);
    }

    @Test
    void theEffectiveSampleSizeIsCappedAtTheRespondentsSoADesignEffectBelowOneDoesNotRaiseIt() {
        // p (1 - p) / V = 100, but only 29 respondents: deff taken as 1, n_eff = 29
        Classification c = classify(0.5, 0.05, around(0.5, 2), 100, 29);
        assertThat(c.effectiveN()).isEqualTo(29.0);
        assertThat(c.reliability()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(ReliabilityClassifier.effectiveN(0.5, 0.05, 1000)).isEqualTo(100.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aZeroOrAHundredPercentHasTheRespondentsAsEffectiveSampleSize() {
        assertThat(ReliabilityClassifier.effectiveN(0, 0, 29)).isEqualTo(29.0);
        assertThat(ReliabilityClassifier.effectiveN(1, 0, 31)).isEqualTo(31.0);
        assertThat(classify(0, 0, new Interval(0.0, 0.11), 100, 29).reliability()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(classify(0, 0, new Interval(0.0, 0.11), 100, 30).reliability()).isEqualTo(Reliability.PUBLISHABLE);
    }

    @Test
    void anIntervalThirtyPointsWideOrWiderIsSuppressed() {
        assertThat(classify(0.5, 0.05, new Interval(0.2, 0.499), 100, 200).reliability())
                .isEqualTo(Reliability.PUBLISHABLE);
        Classification at = classify(0.5, 0.05, new Interval(0.2, 0.5), 100, 200);
        assertThat(at.reliability()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(at.reason()).isEqualTo("interval 30.0 points wide, 30.0 or more");
        assertThat(classify(0.5, 0.05, new Interval(0.2, 0.501), 100, 200).reliability())
                .isEqualTo(Reliability.SUPPRESSED);
    }

    @Test
    void aZeroIsJudgedByItsAbsoluteWidthOnlyNeverByItsRelativeWidth() {
        // Clopper-Pearson upper bound of a zero among 10: 30.8%, as in the report of the issue
        double upper = 1 - Math.pow(0.025, 1.0 / 10);
        assertThat(rules.classify(0, 0, new Interval(0.0, upper), 100, 100).reliability())
                .isEqualTo(Reliability.SUPPRESSED);
        // 29.9 points wide and a relative width that would be infinite: publishable
        assertThat(classify(0, 0, new Interval(0.0, 0.299), 100, 100).reliability()).isEqualTo(Reliability.PUBLISHABLE);
        assertThat(classify(1, 0, new Interval(0.701, 1.0), 100, 100).reliability()).isEqualTo(Reliability.PUBLISHABLE);
        assertThat(classify(1, 0, new Interval(0.7, 1.0), 100, 100).reliability()).isEqualTo(Reliability.SUPPRESSED);
    }

    @Test
    void aRelativeWidthAboveOneHundredThirtyPercentIsIndicativeOnlyWhenTheIntervalIsWiderThanFivePoints() {
        // p = 0.05, se small enough for n_eff >= 30 (0.0475 / 0.03^2 = 52.8)
        double p = 0.05;
        double se = 0.03;
        // width 6.4 points: relative 128% (below), 6.5: 130% (at), 6.6: 132% (above)
        assertThat(classify(p, se, new Interval(0.02, 0.084), 100, 200).reliability()).isEqualTo(Reliability.PUBLISHABLE);
        assertThat(classify(p, se, new Interval(0.02, 0.085), 100, 200).reliability()).isEqualTo(Reliability.PUBLISHABLE);
        Classification above = classify(p, se, new Interval(0.02, 0.086), 100, 200);
        assertThat(above.reliability()).isEqualTo(Reliability.INDICATIVE);
        assertThat(above.reason()).isEqualTo("interval 6.6 points wide, 132% of the estimate (above 130%)");
        // p = 0.03: a width of 4.9, 5.0 and 5.1 points is 163% to 170% of it; only above 5 points marks it
        double q = 0.03;
        double seQ = 0.02;
        assertThat(classify(q, seQ, new Interval(0.01, 0.059), 100, 200).reliability()).isEqualTo(Reliability.PUBLISHABLE);
        assertThat(classify(q, seQ, new Interval(0.01, 0.06), 100, 200).reliability()).isEqualTo(Reliability.PUBLISHABLE);
        assertThat(classify(q, seQ, new Interval(0.01, 0.061), 100, 200).reliability()).isEqualTo(Reliability.INDICATIVE);
    }

    @Test
    void fewerThanEightDegreesOfFreedomIsIndicative() {
        assertThat(classify(0.5, 0.05, around(0.5, 2), 7, 200).reason()).isEqualTo("7 degrees of freedom, below 8");
        assertThat(classify(0.5, 0.05, around(0.5, 2), 7, 200).reliability()).isEqualTo(Reliability.INDICATIVE);
        assertThat(classify(0.5, 0.05, around(0.5, 2), 8, 200).reliability()).isEqualTo(Reliability.PUBLISHABLE);
        assertThat(classify(0.5, 0.05, around(0.5, 2), 9, 200).reliability()).isEqualTo(Reliability.PUBLISHABLE);
    }

    @Test
    void aCellWithoutAKornGraubardIntervalIsSuppressed() {
        Classification c = classify(0.5, 0.05, Interval.UNDEFINED, 0, 200);
        assertThat(c.reliability()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(c.reason()).startsWith("no Korn-Graubard interval");
    }

    @Test
    void aPublishableCellHasNoReason() {
        Classification c = classify(0.5, 0.05, around(0.5, 2), 100, 200);
        assertThat(c.reliability()).isEqualTo(Reliability.PUBLISHABLE);
        assertThat(c.reason()).isNull();
        assertThat(c.effectiveN()).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void thresholdsAreParameters() {
        ReliabilityClassifier strict = new ReliabilityClassifier(new ReliabilityRules(50, 20, 2, 1.0, 12, 20));
        assertThat(strict.classify(0.5, 0.05, around(0.5, 2), 100, 19).reason()).isEqualTo("fewer than 20 respondents (n = 19)");
        assertThat(strict.classify(0.5, Math.sqrt(0.25 / 40), around(0.5, 2), 100, 200).reliability())
                .isEqualTo(Reliability.SUPPRESSED);
        assertThat(strict.classify(0.5, 0.05, around(0.5, 20), 100, 200).reliability()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(strict.classify(0.5, 0.05, around(0.5, 2), 11, 200).reliability()).isEqualTo(Reliability.INDICATIVE);
    }

    @Test
    void inconsistentThresholdsAreRefused() {
        assertThatThrownBy(() -> new ReliabilityRules(30, 5, 5, 1.3, 8, 10)).hasMessageContaining("indicative width");
        assertThatThrownBy(() -> new ReliabilityRules(30, 30, 5, 1.3, 8, 0)).hasMessageContaining("respondents");
    }

    @Test
    void thePublishedIntervalLiesWithinZeroAndOneAndAZeroIsNeverExact() {
        Estimate low = new Estimate("v", "a", "total", "total", 20, 1, 0.02, 0.03, new Interval(-0.0388, 0.0788),
                new Interval(0.001, 0.3), new Interval(0.0012, 0.25), 1.0, 19, "stratified");
        assertThat(IntervalMethod.WALD.published(low)).isEqualTo(new Interval(0.0, 0.0788));
        assertThat(IntervalMethod.LOGIT.published(low)).isEqualTo(new Interval(0.001, 0.3));
        assertThat(IntervalMethod.KORN_GRAUBARD.published(low)).isEqualTo(new Interval(0.0012, 0.25));
        double upper = 1 - Math.pow(0.025, 1.0 / 10);
        Estimate zero = new Estimate("v", "a", "total", "total", 10, 0, 0, 0, new Interval(0.0, 0.0),
                new Interval(0.0, 0.0), new Interval(0.0, upper), null, 9, "stratified");
        for (IntervalMethod method : IntervalMethod.values()) {
            assertThat(method.published(zero)).as(method.code()).isEqualTo(new Interval(0.0, upper));
        }
    }
}
