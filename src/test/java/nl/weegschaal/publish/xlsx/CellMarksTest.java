package nl.weegschaal.publish.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellMarksTest {
    @Test
    void percentagesAndMarginsAreShownInPointsWithOneDecimal() {
        assertThat(CellMarks.points(0.12345)).isEqualTo(12.3);
        assertThat(CellMarks.points(0.0)).isEqualTo(0.0);
        assertThat(CellMarks.marginPoints(0.0125808)).isEqualTo(2.5);
    }

    @Test
    void aCellIsIndicativeWhenItsShownMarginIsAboveTheThreshold() {
        assertThat(CellMarks.indicative(10.0, 0.10)).isFalse();
        assertThat(CellMarks.indicative(10.1, 0.10)).isTrue();
        assertThat(CellMarks.indicative(5.1, 0.05)).isTrue();
    }
}
