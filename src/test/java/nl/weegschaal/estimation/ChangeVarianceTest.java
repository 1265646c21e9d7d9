package nl.weegschaal.estimation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The variance, standard error, interval and test of a change between overlapping waves. */
class ChangeVarianceTest {

    @Test
    void theVarianceIsBothWavesLessTwiceTheCovariance() {
        ChangeVariance v = new ChangeVariance(4.0, 5.0, 1.5);
        assertEquals(6.0, v.variance());
        assertEquals(Math.sqrt(6.0), v.se());
        assertEquals(9.0, ChangeVariance.independent(4.0, 5.0).variance());
    }

    @Test
    void aNegativeEstimatedVarianceGivesStandardErrorZero() {
        ChangeVariance v = new ChangeVariance(1.0, 1.0, 1.5);
        assertEquals(-1.0, v.variance());
        assertEquals(0.0, v.se());
    }

    @Test
    void theIntervalIsTheNormal95PercentIntervalOfTheDifference() {
        ChangeVariance v = new ChangeVariance(2.0, 2.0, 0.0);
        Interval interval = v.interval(0.5);
        assertEquals(0.5 - 1.959963984540054 * 2, interval.low(), 1e-12);
        assertEquals(0.5 + 1.959963984540054 * 2, interval.high(), 1e-12);
    }

    @Test
    void thePValueIsTwoSidedNormal() {
        ChangeVariance v = new ChangeVariance(2.0, 2.0, 0.0);
        double expected = 2 * new NormalDistribution(0, 1).cumulativeProbability(-1.5);
        assertEquals(expected, v.pValue(3.0), 1e-15);
        assertEquals(expected, v.pValue(-3.0), 1e-15);
        assertEquals(0.05, new ChangeVariance(1.0, 0.0, 0.0).pValue(1.959963984540054), 1e-12);
    }

    @Test
    void withoutSamplingErrorAnUnchangedEstimateHasPValueOneAndAChangedOneNoTest() {
        ChangeVariance none = new ChangeVariance(1.0, 1.0, 1.0);
        assertEquals(1.0, none.pValue(0.0));
        assertNull(none.pValue(0.2));
    }
}
