package nl.weegschaal.estimation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The validation of a wave's stratified sample and of the overlap of two waves. */
class ChangeInputsTest {

    @Test
    void respondentsNotNumberingTheStratumsCountAreAnErrorNamingTheStratum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StratifiedSample(new int[] {0, 1, 1}, new double[] {10, 10}, new int[] {2, 1}));
        assertEquals("stratum 0 has n_h = 2 respondents but 1 respondents are given in it", e.getMessage());
    }

    @Test
    void aStratumIndexOutOfRangeIsAnErrorNamingTheRespondent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StratifiedSample(new int[] {0, 2}, new double[] {10, 10}, new int[] {1, 1}));
        assertEquals("respondent 1 is in stratum 2, which is not one of the 2 strata (0..1)", e.getMessage());
    }

    @Test
    void aPopulationSmallerThanTheRespondentsIsAnErrorNamingTheStratum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StratifiedSample(new int[] {0, 0, 0}, new double[] {2}, new int[] {3}));
        assertEquals("stratum 0 has population N_h = 2.0, which is not a number of at least its 3 respondents",
                e.getMessage());
    }

    @Test
    void aNonFinitePopulationIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> new StratifiedSample(new int[] {0}, new double[] {Double.NaN}, new int[] {1}));
    }

    @Test
    void strataArraysOfDifferentLengthsAreAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StratifiedSample(new int[] {0}, new double[] {10, 10}, new int[] {1}));
        assertEquals("population counts are given for 2 strata but respondent counts for 1", e.getMessage());
    }

    @Test
    void aSampleCannotBeChangedThroughItsArrays() {
        int[] stratum = {0, 0};
        StratifiedSample sample = new StratifiedSample(stratum, new double[] {5}, new int[] {2});
        stratum[0] = 7;
        sample.stratumOf()[1] = 7;
        assertArrayEquals(new int[] {0, 0}, sample.stratumOf());
        assertEquals(new StratifiedSample(new int[] {0, 0}, new double[] {5}, new int[] {2}), sample);
    }

    @Test
    void overlapListsOfDifferentLengthsAreAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Overlap(new int[] {0, 1}, new int[] {0}));
        assertEquals("the overlap pairs 2 wave-1 respondents with 1 wave-2 respondents; both lists must be equally "
                + "long", e.getMessage());
    }

    @Test
    void aRespondentTwiceInTheOverlapIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Overlap(new int[] {0, 1}, new int[] {4, 4}));
        assertEquals("the overlap has wave-2 respondent 4 twice; an establishment is paired once", e.getMessage());
    }

    @Test
    void aNegativeOverlapIndexIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Overlap(new int[] {-1}, new int[] {0}));
        assertEquals("the overlap has wave-1 respondent index -1; indices start at 0", e.getMessage());
    }

    @Test
    void theOverlapCountsItsPairs() {
        assertEquals(2, new Overlap(new int[] {3, 1}, new int[] {0, 2}).size());
        assertEquals(0, Overlap.none().size());
    }
}
