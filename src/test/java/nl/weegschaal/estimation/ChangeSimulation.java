package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightingMethod;

/**
 * The Monte-Carlo check of the change's variance, as a methods paper would run it: on one synthetic
 * population ({@link EstablishmentPanel}) repeated pairs of rotating samples ({@link RotatingSamples})
 * with a given overlap share; per pair the change of a population total (the number saying yes) and
 * of a domain proportion, each wave's variance from the stratified formula with fpc (the project's
 * {@link RespondentStrata}), and the change's variance with and without the covariance of
 * {@link ChangeCovariance}. Seeded: the same seed gives the same table.
 */
final class ChangeSimulation {
    private final EstablishmentPanel panel;
    private final RotatingSamples samples;
    private final long seed;

    ChangeSimulation(long seed) {
        this.seed = seed;
        this.panel = EstablishmentPanel.generate(new SplittableRandom(seed));
        this.samples = new RotatingSamples(panel);
    }

    /** The rows for the total and the domain proportion at one overlap share. */
    List<ChangeTally.Row> run(double share, int replications) {
        // each share its own stream, so that a share's rows do not depend on which shares ran before
        SplittableRandom random = new SplittableRandom(seed + Double.doubleToLongBits(share));
        ChangeTally total = new ChangeTally("total", share, panel.totalChange());
        ChangeTally domain = new ChangeTally("domain", share, panel.domainChange());
        for (int r = 0; r < replications; r++) {
            replicate(samples.draw(share, random), total, domain);
        }
        return List.of(total.row(), domain.row());
    }

    private void replicate(RotatingSamples.Draw draw, ChangeTally total, ChangeTally domain) {
        Wave first = new Wave(1, draw.wave1());
        Wave second = new Wave(2, draw.wave2());
        ChangeCovariance covariance = new ChangeCovariance(first.sample, second.sample, draw.overlap());
        record(first.total(), second.total(), covariance, total);
        record(first.domain(), second.domain(), covariance, domain);
    }

    private static void record(Estimate first, Estimate second, ChangeCovariance covariance, ChangeTally tally) {
        double cov = covariance.covariance(first.linearised(), second.linearised());
        tally.add(second.value() - first.value(), new ChangeVariance(first.variance(), second.variance(), cov));
    }

    /** One wave's estimate: its value, its stratified variance and its linearised values. */
    private record Estimate(double value, double variance, double[] linearised) {
    }

    /** One wave's respondents with their design and the two estimators. */
    private final class Wave {
        private final int[] units;
        private final int[] answer;
        private final double[] weight;
        private final StratifiedSample sample;
        private final RespondentStrata strata;

        Wave(int wave, int[] units) {
            this.units = units;
            this.answer = panel.answer(wave);
            int[] stratumOf = new int[units.length];
            int[] respondents = new int[EstablishmentPanel.CLASS_SIZES.length];
            for (int i = 0; i < units.length; i++) {
                stratumOf[i] = panel.stratum(wave)[units[i]];
                respondents[stratumOf[i]]++;
            }
            double[] population = panel.population(wave);
            this.sample = new StratifiedSample(stratumOf, population, respondents);
            List<StratumWeight> design = new ArrayList<>();
            for (int h = 0; h < population.length; h++) {
                design.add(new StratumWeight(StratumKey.of("class " + h), population[h], respondents[h],
                        population[h] / respondents[h]));
            }
            this.weight = new double[units.length];
            for (int i = 0; i < units.length; i++) {
                weight[i] = population[stratumOf[i]] / respondents[stratumOf[i]];
            }
            this.strata = new RespondentStrata(new Design(WeightingMethod.STRATIFIED, LonelyPsu.REMOVE,
                    List.of("class"), design), stratumOf, weight);
        }

        /** The number saying yes: z_i = w_i y_i. */
        Estimate total() {
            double[] z = new double[units.length];
            double sum = 0;
            for (int i = 0; i < z.length; i++) {
                z[i] = weight[i] * answer[units[i]];
                sum += z[i];
            }
            return new Estimate(sum, strata.variance(z), z);
        }

        /** The domain's proportion saying yes: z_i = w_i 1_d (y_i - p) / N_d (a ratio's linearisation). */
        Estimate domain() {
            double members = 0;
            double yes = 0;
            for (int i = 0; i < units.length; i++) {
                if (panel.domain[units[i]]) {
                    members += weight[i];
                    yes += weight[i] * answer[units[i]];
                }
            }
            double p = yes / members;
            double[] z = new double[units.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = panel.domain[units[i]] ? weight[i] * (answer[units[i]] - p) / members : 0.0;
            }
            return new Estimate(p, strata.variance(z), z);
        }
    }

    /** The table of rows, one line each, for the test log and docs/methodology.md. */
    static String table(List<ChangeTally.Row> rows, int replications, long seed) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "seed %d, %d replications per overlap%n%-7s %7s %9s %8s %9s %8s %9s %9s%n", seed, replications,
                "target", "overlap", "E(V)/Var", "(MC se)", "coverage", "(MC se)", "Vind/Var", "cov.ind"));
        for (ChangeTally.Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-7s %6.0f%% %9.3f %8.3f %8.1f%% %7.1f%% %9.3f %8.1f%%%n",
                    row.target(), 100 * row.share(), row.varianceRatio(), row.varianceRatioSe(),
                    100 * row.coverage(), 100 * row.coverageSe(), row.independentRatio(),
                    100 * row.independentCoverage()));
        }
        return out.toString();
    }
}
