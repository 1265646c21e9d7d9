package nl.weegschaal.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Benjamini-Hochberg adjustment on hand examples. */
class BenjaminiHochbergTest {
    /** The 15 p-values of Benjamini and Hochberg (1995), section 4 (Neuhaus et al.'s thrombolysis trial). */
    static final double[] PAPER = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
        0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0000};
    /** R 4.x: {@code p.adjust(PAPER, "BH")}; by hand q(i) = min over j >= i of 15 p(j) / j. */
    static final double[] PAPER_ADJUSTED = {0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714286,
        0.06385714286, 0.0645, 0.0765, 0.486, 0.58118181818, 0.714875, 0.75323076923, 0.81321428571, 1.0};

    @Test
    void thePapersFifteenPValuesGiveRsAdjustedValuesAndFourDiscoveries() {
        double[] q = BenjaminiHochberg.adjust(PAPER);
        for (int i = 0; i < PAPER.length; i++) {
            assertThat(q[i]).as("q(%d)", i + 1).isCloseTo(PAPER_ADJUSTED[i], within(1e-10));
        }
        // the paper rejects the four smallest at FDR 5% (Bonferroni would reject three)
        assertThat(Arrays.stream(q).filter(BenjaminiHochberg::significant).count()).isEqualTo(4);
    }

    @Test
    void adjustedValuesStayInTheOrderTheTestsWereGiven() {
        double[] shuffled = {PAPER[9], PAPER[0], PAPER[14], PAPER[6], PAPER[5], PAPER[1], PAPER[2], PAPER[3],
            PAPER[4], PAPER[7], PAPER[8], PAPER[10], PAPER[11], PAPER[12], PAPER[13]};
        double[] q = BenjaminiHochberg.adjust(shuffled);
        assertThat(q[0]).isCloseTo(0.486, within(1e-10));
        assertThat(q[1]).isCloseTo(0.0015, within(1e-10));
        assertThat(q[2]).isCloseTo(1.0, within(1e-10));
        assertThat(q[3]).isCloseTo(q[4], within(1e-15)).isCloseTo(0.06385714286, within(1e-10));
    }

    @Test
    void aSingleTestKeepsItsPValueAndTiesShareTheirQValue() {
        assertThat(BenjaminiHochberg.adjust(new double[] {0.03})).containsExactly(0.03);
        // three equal p-values: q = min(3 x 0.02 / 3) = 0.02 for each
        assertThat(BenjaminiHochberg.adjust(new double[] {0.02, 0.02, 0.02})).containsExactly(0.02, 0.02, 0.02);
        assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
        // never above 1
        assertThat(BenjaminiHochberg.adjust(new double[] {0.9, 0.95})).containsExactly(0.95, 0.95);
    }

    @Test
    void significantAtTheFdrLevelItselfAsTheStepUpRuleSays() {
        // p(2) = 2/2 x 0.05 exactly: the step-up rule p(i) <= i/m alpha rejects it
        assertThat(BenjaminiHochberg.adjust(new double[] {0.01, 0.05})).containsExactly(0.02, 0.05);
        assertThat(BenjaminiHochberg.significant(0.05)).isTrue();
        assertThat(BenjaminiHochberg.significant(0.0501)).isFalse();
    }

    @Test
    void aPValueOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {1.2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2");
    }
}
