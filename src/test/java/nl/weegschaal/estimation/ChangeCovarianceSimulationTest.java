package nl.weegschaal.estimation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Monte-Carlo check of the change's variance ({@link ChangeSimulation}): at overlap shares 0%,
 * 50% and 100%, for a population total and a domain proportion, the mean estimated variance of the
 * change is within 10% of the empirical variance of the estimated change and the 95% interval covers
 * the true change in 93-97% of the samples.
 *
 * <p>The suite runs {@value #SHORT} replications per share (about 6 s of CPU). At that size the
 * Monte-Carlo standard errors are about 0.02 on the variance ratio and 0.4 points on the coverage;
 * the long run ({@code -Dweegschaal.simulation.replications=20000}, same seed) puts the ratios at
 * 0.93-1.01 and the coverages at 94.0-95.1%, so the bounds hold with room for the short run's noise,
 * and the tests ask each result to be at least one standard error inside its bounds.
 */
class ChangeCovarianceSimulationTest {
    private static final System.Logger LOG = System.getLogger(ChangeCovarianceSimulationTest.class.getName());
    private static final long SEED = 20261127L;
    private static final int SHORT = 4000;
    private static final double[] SHARES = {0.0, 0.5, 1.0};
    private static List<ChangeTally.Row> rows;

    @BeforeAll
    static void simulate() {
        int replications = Integer.getInteger("weegschaal.simulation.replications", SHORT);
        ChangeSimulation simulation = new ChangeSimulation(SEED);
        rows = new ArrayList<>();
        for (double share : SHARES) {
            rows.addAll(simulation.run(share, replications));
        }
        LOG.log(System.Logger.Level.INFO, "\n" + ChangeSimulation.table(rows, replications, SEED));
    }

    @Test
    void theEstimatedVarianceOfTheChangeIsWithinTenPercentOfTheEmpiricalOne() {
        for (ChangeTally.Row row : rows) {
            assertTrue(Math.abs(row.varianceRatio() - 1) + row.varianceRatioSe() <= 0.10,
                    () -> row.target() + " at overlap " + row.share() + ": E(V)/Var = " + row.varianceRatio()
                            + " (MC se " + row.varianceRatioSe() + ")");
        }
    }

    @Test
    void the95PercentIntervalCoversTheTrueChangeIn93To97PercentOfTheSamples() {
        for (ChangeTally.Row row : rows) {
            assertTrue(row.coverage() - row.coverageSe() >= 0.93 && row.coverage() + row.coverageSe() <= 0.97,
                    () -> row.target() + " at overlap " + row.share() + ": coverage " + row.coverage());
        }
    }

    @Test
    void withoutOverlapTheChangesVarianceIsTheIndependentOne() {
        for (ChangeTally.Row row : rows) {
            if (row.share() == 0.0) {
                assertEquals(row.independentRatio(), row.varianceRatio(), 0.0, row.target());
                assertEquals(row.independentCoverage(), row.coverage(), 0.0, row.target());
            }
        }
    }

    @Test
    void withOverlapTheIndependentVarianceOverstatesTheChangesVariance() {
        for (ChangeTally.Row row : rows) {
            double atLeast = row.share() == 1.0 ? 2.5 : row.share() == 0.5 ? 1.3 : 0.0;
            assertTrue(row.independentRatio() > atLeast, () -> row.target() + " at overlap " + row.share()
                    + ": Vind/Var = " + row.independentRatio());
        }
    }
}
