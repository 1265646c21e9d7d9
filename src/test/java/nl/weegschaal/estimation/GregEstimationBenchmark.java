package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.weighting.LonelyPsu;

/**
 * Timing harness (not a test): the speed case, 1,000,000 respondents in 48 strata calibrated
 * with logit bounds on size class + sector + employees (p = 19), then every cell of 5 categorical
 * variables (4 levels) and 3 numeric ones (total, mean) and a ratio, in the whole sample, by size
 * class (3 values) and by sector (16 values). Reports the best of a few rounds of the estimation
 * alone. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.weegschaal.estimation.GregEstimationBenchmark} or plain {@code java -cp}.
 */
public final class GregEstimationBenchmark {
    private static final System.Logger LOG = System.getLogger(GregEstimationBenchmark.class.getName());

    private GregEstimationBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long start = System.nanoTime();
        GregSyntheticSurvey survey = new GregSyntheticSurvey(n, 20241126L, false, LonelyPsu.ADJUST);
        LOG.log(System.Logger.Level.INFO, "data and calibration: {0} ms", (System.nanoTime() - start) / 1_000_000);
        List<int[]> categorical = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            categorical.add(survey.answers(4, 0.05));
        }
        List<double[]> numeric = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            numeric.add(survey.numbers(0.1));
        }
        com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            long cpu0 = system.getProcessCpuTime();
            new GregModel(survey.design); // what the first estimator of a design pays once
            long model = System.nanoTime() - t0;
            int cells = estimateAll(survey, categorical, numeric);
            long elapsed = System.nanoTime() - t0;
            long cpu = system.getProcessCpuTime() - cpu0;
            best = Math.min(best, elapsed);
            bestCpu = Math.min(bestCpu, cpu);
            LOG.log(System.Logger.Level.INFO, "round {0}: {1} cells in {2} ms ({3} ms CPU, all threads), "
                    + "of which the model {4} ms", round + 1, cells, elapsed / 1_000_000, cpu / 1_000_000,
                    model / 1_000_000);
        }
        LOG.log(System.Logger.Level.INFO, "best: {0} ms wall, {1} ms CPU (all threads) for n = {2}, load average {3}",
                best / 1_000_000,
                bestCpu / 1_000_000, n, system.getSystemLoadAverage());
    }

    private static int estimateAll(GregSyntheticSurvey survey, List<int[]> categorical, List<double[]> numeric) {
        GregProportionEstimator proportions = new GregProportionEstimator(survey.design, 0.95);
        NumericEstimator numbers = NumericEstimator.of(survey.design, survey.stratum);
        List<String> levels = List.of("a", "b", "c", "d");
        int[] whole = new int[survey.n];
        List<String> sizes = names("size", GregSyntheticSurvey.SIZES);
        List<String> sectors = names("sector", GregSyntheticSurvey.SECTORS);
        int cells = 0;
        for (int k = 0; k < categorical.size(); k++) {
            int[] answer = categorical.get(k);
            cells += proportions.estimate("q" + k, levels, answer, Estimate.TOTAL, List.of(Estimate.TOTAL), whole)
                    .size();
            cells += proportions.estimate("q" + k, levels, answer, "size", sizes, survey.size).size();
            cells += proportions.estimate("q" + k, levels, answer, "sector", sectors, survey.sector).size();
        }
        for (int k = 0; k < numeric.size(); k++) {
            double[] y = numeric.get(k);
            cells += numbers.totalsAndMeans("y" + k, y, Estimate.TOTAL, List.of(Estimate.TOTAL), whole).size();
            cells += numbers.totalsAndMeans("y" + k, y, "size", sizes, survey.size).size();
            cells += numbers.totalsAndMeans("y" + k, y, "sector", sectors, survey.sector).size();
        }
        cells += numbers.ratios("y0", numeric.get(0), "y1", numeric.get(1), "sector", sectors, survey.sector).size();
        return cells;
    }

    private static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            names.add(prefix + k);
        }
        return names;
    }
}
