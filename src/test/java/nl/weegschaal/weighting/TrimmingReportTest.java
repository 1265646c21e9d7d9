package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The trimming report counts the weights that were above the cap, not every weight raking moved. */
class TrimmingReportTest {
    @Test
    void onlyTheRespondentsAboveTheCapAreCountedAsTrimmed() {
        Design plain = Weighting.of(WeightingMethod.RAKE, LonelyPsu.ADJUST).weigh(TrimmingTest.COLUMNS,
                TrimmingTest.STRATA);
        TrimRule rule = new TrimRule(null, 15.0);
        Design trimmed = Weighting.of(WeightingMethod.RAKE, LonelyPsu.ADJUST, rule).weigh(TrimmingTest.COLUMNS,
                TrimmingTest.STRATA);
        long moved = 0;
        for (int h = 0; h < 4; h++) {
            if (Math.abs(trimmed.stratum(h).weight() - plain.stratum(h).weight()) > 1e-9) {
                moved += trimmed.stratum(h).respondents();
            }
        }
        assertThat(moved).as("raking after the cut moves other strata too").isGreaterThan(4);

        TrimmingReport report = TrimmingReport.of(rule, trimmed.strata(), plain.weights());

        assertThat(report).isNotNull();
        assertThat(report.cap()).isEqualTo(15.0);
        assertThat(report.respondents()).as("b x large, 4 respondents, was above the cap").isEqualTo(4);
        assertThat(report.strata()).isEqualTo(1);
        assertThat(report.moved()).isCloseTo(4 * (plain.stratum(3).weight() - trimmed.stratum(3).weight()),
                within(1e-9));
        assertThat(report.largestAfter()).isCloseTo(15, within(1e-9));
    }

    @Test
    void aCapAboveEveryWeightReportsTheCapAndNothingCapped() {
        Design plain = Weighting.of(WeightingMethod.RAKE, LonelyPsu.ADJUST).weigh(TrimmingTest.COLUMNS,
                TrimmingTest.STRATA);
        TrimmingReport report = TrimmingReport.of(new TrimRule(3.0, null), plain.strata(), plain.weights());
        assertThat(report).isNotNull();
        assertThat(report.capped()).isFalse();
        assertThat(report.cap()).isEqualTo(3.0 * TrimRule.medianWeight(plain));
    }

    @Test
    void noRuleNoReport() {
        Design plain = Weighting.of(WeightingMethod.RAKE, LonelyPsu.ADJUST).weigh(TrimmingTest.COLUMNS,
                TrimmingTest.STRATA);
        assertThat(TrimmingReport.of(TrimRule.NONE, plain.strata(), plain.weights())).isNull();
    }
}
