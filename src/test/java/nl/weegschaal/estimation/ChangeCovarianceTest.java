package nl.weegschaal.estimation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;

/** The covariance of two overlapping waves: its exact limits, Tam's case, stratum changes and edge cases. */
class ChangeCovarianceTest {
    private static final int[] STRATUM = {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2};
    private static final double[] POPULATION = {40, 300, 25};
    private static final int[] RESPONDENTS = {4, 6, 3};

    @Test
    void noEstablishmentInBothSamplesGivesCovarianceZeroAndTheIndependentVariance() {
        StratifiedSample wave = new StratifiedSample(STRATUM, POPULATION, RESPONDENTS);
        ChangeCovariance covariance = new ChangeCovariance(wave, wave, Overlap.none());
        double c = covariance.covariance(values(13, 1), values(13, 2));
        assertEquals(0.0, c);
        assertEquals(0, covariance.overlapping());
        assertEquals(7.5, new ChangeVariance(3.0, 4.5, c).variance());
    }

    @Test
    void theSameRespondentsInIdenticalDesignsGiveExactlyTheStratifiedVarianceOfThePairedDifference() {
        StratifiedSample first = new StratifiedSample(STRATUM, POPULATION, RESPONDENTS);
        // wave 2 lists the same establishments in reverse order, in the same strata
        int n = STRATUM.length;
        int[] reversed = new int[n];
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[n - 1 - i] = STRATUM[i];
            position[i] = n - 1 - i;
        }
        StratifiedSample second = new StratifiedSample(reversed, POPULATION, RESPONDENTS);
        double[] z1 = values(n, 3);
        double[] z2 = new double[n];
        double[] difference = new double[n];
        double[] again = values(n, 4);
        for (int i = 0; i < n; i++) {
            z2[position[i]] = again[i];
            difference[i] = again[i] - z1[i];
        }
        double c = new ChangeCovariance(first, second, new Overlap(identity(n), position)).covariance(z1, z2);
        RespondentStrata strata = strata(STRATUM, POPULATION, RESPONDENTS);
        double v1 = strata.variance(z1);
        double v2 = strata.variance(again);
        double paired = strata.variance(difference);
        assertEquals(paired, new ChangeVariance(v1, v2, c).variance(), 1e-12 * paired);
        assertTrue(c > 0, "the values are positively correlated by construction");
    }

    @Test
    void aRotatingSampleWithoutStratumChangesUsesTamsFactor() {
        // one stratum, N = 50, n1 = 4, n2 = 5, m = 2 (respondents 2, 3 of wave 1 are 0, 1 of wave 2)
        StratifiedSample first = new StratifiedSample(new int[] {0, 0, 0, 0}, new double[] {50}, new int[] {4});
        StratifiedSample second = new StratifiedSample(new int[] {0, 0, 0, 0, 0}, new double[] {50}, new int[] {5});
        double[] z1 = {1, 2, 4, 8};
        double[] z2 = {3, 5, 0, 1, 1};
        double c = new ChangeCovariance(first, second, new Overlap(new int[] {2, 3}, new int[] {0, 1})).covariance(z1, z2);
        // e1 = (4 - 3.75, 8 - 3.75), e2 = (3 - 2, 5 - 2); Tam: c = (1 - n1 n2 / (m N)) / (1 - 1/n1 - 1/n2 + m/(n1 n2))
        double tam = (1 - 20.0 / 100) / (1 - 0.25 - 0.2 + 0.1);
        assertEquals(tam * (0.25 * 1 + 4.25 * 3), c, 1e-12);
    }

    @Test
    void anEstablishmentThatChangesStratumIsCountedInItsPairCell() {
        // wave 1: strata 0 (N 20, n 3), 1 (N 10, n 2); wave 2: strata 0 (N 19, n 2), 1 (N 11, n 3)
        StratifiedSample first = new StratifiedSample(new int[] {0, 0, 0, 1, 1}, new double[] {20, 10}, new int[] {3, 2});
        StratifiedSample second = new StratifiedSample(new int[] {0, 0, 1, 1, 1}, new double[] {19, 11}, new int[] {2, 3});
        // overlap: wave-1 0 -> wave-2 0 (cell 00), wave-1 1 -> wave-2 2 (grew: cell 01), wave-1 3 -> wave-2 3 (cell 11)
        Overlap overlap = new Overlap(new int[] {0, 1, 3}, new int[] {0, 2, 3});
        double[] z1 = {2, 6, 1, 5, 3};
        double[] z2 = {4, 0, 7, 2, 3};
        double c = new ChangeCovariance(first, second, overlap).covariance(z1, z2);
        // means: wave 1 (3, 4), wave 2 (2, 4). m_0. = 2, m_1. = 1; r_0 = 3 * 1/2 = 1.5, r_1 = 3 * 1/2 + 2 * 1/1 = 3.5
        // m_0 = 1, m_1 = 2; phi_0 = (2 - 1) / (19 - 1.5), phi_1 = (3 - 2) / (11 - 3.5)
        double phi0 = 1 / 17.5;
        double phi1 = 1 / 7.5;
        double c00 = (1 - 3 / 20.0) * (1 - phi0 * 1.5 / 1) / (1 - 1 / 3.0 - 1 / 2.0 + 1 / 6.0);
        double c01 = (1 - 3 / 20.0) * (1 - phi1 * 3.5 / 2) / (1 - 1 / 3.0 - 1 / 3.0 + 1 / 9.0);
        double c11 = (1 - 2 / 10.0) * (1 - phi1 * 3.5 / 2) / (1 - 1 / 2.0 - 1 / 3.0 + 1 / 6.0);
        double expected = c00 * (2 - 3) * (4 - 2) + c01 * (6 - 3) * (7 - 4) + c11 * (5 - 4) * (2 - 4);
        assertEquals(expected, c, 1e-12);
    }

    @Test
    void aCertaintyStratumInEitherWaveContributesNothing() {
        StratifiedSample census = new StratifiedSample(new int[] {0, 0, 0}, new double[] {3}, new int[] {3});
        StratifiedSample sampled = new StratifiedSample(new int[] {0, 0, 0}, new double[] {30}, new int[] {3});
        Overlap all = new Overlap(new int[] {0, 1, 2}, new int[] {0, 1, 2});
        double[] z = {1, 2, 6};
        assertEquals(0.0, new ChangeCovariance(census, sampled, all).covariance(z, z));
        assertEquals(0.0, new ChangeCovariance(sampled, census, all).covariance(z, z));
        assertTrue(new ChangeCovariance(sampled, sampled, all).covariance(z, z) > 0);
    }

    @Test
    void aLonelyStratumInEitherWaveContributesNothing() {
        StratifiedSample lonely = new StratifiedSample(new int[] {0, 1, 1}, new double[] {10, 10}, new int[] {1, 2});
        StratifiedSample pair = new StratifiedSample(new int[] {1, 1, 0}, new double[] {10, 10}, new int[] {1, 2});
        // the lonely wave-1 respondent 0 is wave-2 respondent 0 (stratum 1 there): cell (0, 1) adds 0
        Overlap lonelyOnly = new Overlap(new int[] {0}, new int[] {0});
        assertEquals(0.0, new ChangeCovariance(lonely, pair, lonelyOnly).covariance(new double[] {5, 1, 2},
                new double[] {7, 1, 3}));
        assertEquals(0.0, new ChangeCovariance(pair, lonely, lonelyOnly).covariance(new double[] {5, 1, 2},
                new double[] {7, 1, 3}));
    }

    @Test
    void anOverlapIndexBeyondAWaveIsAnErrorNamingTheWaveAndItsSize() {
        StratifiedSample wave = new StratifiedSample(new int[] {0, 0}, new double[] {10}, new int[] {2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChangeCovariance(wave, wave, new Overlap(new int[] {0}, new int[] {2})));
        assertEquals("the overlap has wave-2 respondent index 2 but the wave-2 sample has 2 respondents "
                + "(indices 0..1)", e.getMessage());
    }

    @Test
    void linearisedValuesNotOnePerRespondentAreAnErrorNamingTheWave() {
        StratifiedSample wave = new StratifiedSample(new int[] {0, 0}, new double[] {10}, new int[] {2});
        ChangeCovariance covariance = new ChangeCovariance(wave, wave, Overlap.none());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> covariance.covariance(new double[2], new double[3]));
        assertEquals("3 wave-2 linearised values are given but the wave-2 sample has 2 respondents", e.getMessage());
    }

    static int[] identity(int n) {
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        return index;
    }

    /** Positively correlated values: a common part per respondent plus noise of the given stream. */
    private static double[] values(int n, int stream) {
        SplittableRandom common = new SplittableRandom(7);
        SplittableRandom noise = new SplittableRandom(stream);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = 10 * common.nextDouble() + noise.nextDouble();
        }
        return z;
    }

    /** The project's stratified variance (fpc, lonely strata removed) of one design. */
    static RespondentStrata strata(int[] stratum, double[] population, int[] respondents) {
        List<StratumWeight> weights = new ArrayList<>();
        for (int h = 0; h < population.length; h++) {
            weights.add(new StratumWeight(StratumKey.of("h" + h), population[h], respondents[h],
                    population[h] / respondents[h]));
        }
        double[] weight = new double[stratum.length];
        for (int i = 0; i < stratum.length; i++) {
            weight[i] = population[stratum[i]] / respondents[stratum[i]];
        }
        return new RespondentStrata(new Design(WeightingMethod.STRATIFIED, LonelyPsu.REMOVE, List.of("h"), weights),
                stratum, weight);
    }
}
