package nl.weegschaal.publish.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellMarksTest {
    @Test
    void percentagesAreShownInPointsWithOneDecimal() {
        assertThat(CellMarks.points(0.12345)).isEqualTo(12.3);
        assertThat(CellMarks.points(0.0)).isEqualTo(0.0);
    }

    @Test
    void anIntervalIsShownAsLowerToUpperWithTheDecimalSignOfTheLanguage() {
        assertThat(CellMarks.interval(9.8, 15.2, false)).isEqualTo("9,8\u201315,2");
        assertThat(CellMarks.interval(9.8, 15.2, true)).isEqualTo("9.8\u201315.2");
    }

    @Test
    void aZeroIsShownWithItsIntervalNeverAsPlusOrMinusZero() {
        assertThat(CellMarks.interval(0, 30.8, false)).isEqualTo("0,0\u201330,8").doesNotContain("\u00b1");
        assertThat(CellMarks.interval(88.1, 100, false)).isEqualTo("88,1\u2013100,0");
    }
}
