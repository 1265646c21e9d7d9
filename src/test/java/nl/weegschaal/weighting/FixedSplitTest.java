package nl.weegschaal.weighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fixed split of the respondents' passes, and what it is for: sums that do not depend on the threads. */
class FixedSplitTest {

    @Test
    void chunksCoverEveryRespondentOnceInOrder() {
        for (int n : new int[] {0, 1, 49_999, 100_000, 399_999, 400_000, 1_000_003}) {
            FixedSplit split = new FixedSplit(n);
            List<int[]> ranges = split.map((from, to) -> new int[] {from, to});
            assertThat(ranges.get(0)[0]).isZero();
            assertThat(ranges.get(ranges.size() - 1)[1]).isEqualTo(n);
            for (int c = 1; c < ranges.size(); c++) {
                assertThat(ranges.get(c)[0]).as("chunk %d of %d starts where %d ends", c, n, c - 1)
                        .isEqualTo(ranges.get(c - 1)[1]);
            }
            assertThat(ranges).hasSize(Math.max(1, Math.min(8, n / 50_000)));
        }
    }

    @Test
    void resultsComeBackInChunkOrderWhateverFinishesFirst() {
        FixedSplit split = new FixedSplit(1_000_000);
        List<Integer> chunks = split.map((from, to) -> {
            int chunk = from / 125_000; // 8 chunks of 125,000
            busy(8 - chunk);
            return chunk;
        });
        assertThat(chunks).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    /** A calibration of 150,000 rows (3 chunks) gives the same bits on one thread as on the common pool. */
    @Test
    void aCalibrationDoesNotDependOnTheNumberOfThreads() throws Exception {
        int n = 150_000;
        Random random = new Random(7);
        double[][] rows = new double[n][];
        double[] d = new double[n];
        double[] totals = new double[4];
        for (int i = 0; i < n; i++) {
            int level = random.nextInt(3);
            rows[i] = new double[] {1, level == 1 ? 1 : 0, level == 2 ? 1 : 0, 1 + random.nextInt(500)};
            d[i] = 1 + 20 * random.nextDouble();
            for (int j = 0; j < 4; j++) {
                totals[j] += d[i] * rows[i][j] * (j == 0 ? 1 : 1.03);
            }
        }
        CalibrationModel model = new CalibrationModel(rows, totals, List.of("1", "b", "c", "x"));
        GregCalibration calibration = new GregCalibration(CalibrationFunction.LOGIT, new CalibrationBounds(0.5, 2), 50);
        GregResult common = calibration.calibrate(d, model);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            GregResult single = one.submit(() -> calibration.calibrate(d, model)).get();
            assertThat(single.weights()).containsExactly(common.weights());
            assertThat(single.lambda()).containsExactly(common.lambda());
        } finally {
            one.shutdown();
        }
        assertThat(common.largestMiss()).isLessThan(GregCalibration.TOLERANCE);
        assertThat(common.iterations()).isPositive();
    }

    private static void busy(int units) {
        long until = System.nanoTime() + units * 2_000_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
