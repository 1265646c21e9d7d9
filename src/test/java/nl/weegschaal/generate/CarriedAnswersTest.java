package nl.weegschaal.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How kept establishments answer again, and the changes planted in the 2025 model. */
class CarriedAnswersTest {
    private static final AnswerModel MODEL_2024 = new AnswerModel(AnswerTargets.WAVE_2024);
    private static final AnswerModel MODEL_2025 = new AnswerModel(AnswerTargets.WAVE_2025);

    @Test
    void carryingAnswersOverGivesTheNewModelsSharesWhateverTheOldOnes() {
        SplittableRandom random = new SplittableRandom(1);
        for (int trial = 0; trial < 200; trial++) {
            double[] q = shares(random, 3 + trial % 4);
            double[] r = shares(random, q.length);
            for (int j = 0; j < r.length; j++) {
                double arriving = 0;
                for (int k = 0; k < q.length; k++) {
                    arriving += q[k] * CarriedAnswers.transition(q, r, k)[j];
                }
                assertThat(arriving).isCloseTo(r[j], within(1e-12));
            }
            for (int k = 0; k < q.length; k++) {
                double[] row = CarriedAnswers.transition(q, r, k);
                assertThat(row[k]).as("the old answer stays at least this often")
                        .isGreaterThanOrEqualTo(CarriedAnswers.KEEP * Math.min(1, r[k] / q[k]) + 0.4 * r[k] - 1e-12);
                assertThat(java.util.Arrays.stream(row).sum()).isCloseTo(1, within(1e-12));
            }
        }
    }

    @Test
    void equalSharesKeepTheOldAnswerSixTimesInTenPlusAFreshDrawThatHitsIt() {
        double[] same = {0.2, 0.5, 0.3};
        assertThat(CarriedAnswers.transition(same, same, 1)).containsExactly(
                new double[] {0.4 * 0.2, 0.6 + 0.4 * 0.5, 0.4 * 0.3}, within(1e-12));
    }

    @Test
    void the2025ModelPlantsItsThreeChangesAndLeavesTheRest() {
        assertThat(weightedAiUsed(MODEL_2025, 2) - weightedAiUsed(MODEL_2024, 2)).isCloseTo(0.15, within(1e-9));
        assertThat(weightedAiUsed(MODEL_2025, 0) - weightedAiUsed(MODEL_2024, 0)).isCloseTo(0, within(1e-9));
        assertThat(weightedAiUsed(MODEL_2025, 1) - weightedAiUsed(MODEL_2024, 1)).isCloseTo(0, within(1e-9));
        double[] planted = {0, 0.05, 0.04, 0, 0, 0};
        for (int item = 0; item < AnswerModel.ITEMS.length; item++) {
            for (int sizeClass = 0; sizeClass < 3; sizeClass++) {
                assertThat(weightedJa(MODEL_2025, item, sizeClass) - weightedJa(MODEL_2024, item, sizeClass))
                        .as(AnswerModel.ITEMS[item] + " in size class " + sizeClass).isCloseTo(planted[item], within(1e-9));
            }
        }
    }

    /**
     * A large follow-up, its kept and its new establishments compared within the strata of 100+,
     * where AI use rose 15 points: carried over naively (keep 60% of the 2024 answers) the kept ones
     * would lag 9 points behind; carried over as {@link CarriedAnswers} does, they answer as the new ones.
     */
    @Test
    void keptEstablishmentsAnswerAsThe2025ModelSaysNotAsIn2024(@TempDir Path dir) throws IOException {
        int respondents = 60_000;
        GeneratedFollowUp wave = new FollowUpWaveGenerator(7, new FollowUp(3, respondents, 0.5))
                .write(dir, respondents, 0, false);
        WaveRecords before = new WaveExportGenerator(3).records(respondents, 0, false);
        Map<String, ExportRow> earlier = before.valid().stream().collect(Collectors.toMap(row -> row.id, row -> row));
        int[] used = new int[2];
        int[] all = new int[2];
        int[] same = new int[2];
        for (String line : java.nio.file.Files.readAllLines(wave.exports().cati()).subList(1, respondents + 1)) {
            String[] cells = line.split(";", -1);
            ExportRow old = earlier.get(cells[0]);
            int kept = old == null ? 0 : 1;
            if (EmployeeDrift.sizeClass(Integer.parseInt(cells[2])) == 2 && !cells[3].equals("9")) {
                all[kept]++;
                used[kept] += Integer.parseInt(cells[3]) <= 3 ? 1 : 0;
                same[kept] += old != null && Integer.parseInt(cells[3]) == old.drawn[0] + (old.drawn[0] == 5 ? 3 : 1) ? 1 : 0;
            }
        }
        double keptShare = (double) used[1] / all[1];
        double newShare = (double) used[0] / all[0];
        assertThat(all[1]).isGreaterThan(8000);
        assertThat(keptShare - newShare).isCloseTo(0, within(0.025));
        assertThat(newShare).isCloseTo(0.52, within(0.03));
        // 0.6 x (the shares 2024 and 2025 have in common, 0.85) + 0.4 x (chance of drawing it afresh, about 0.25)
        // is about 0.61; answers drawn independently would agree about 0.25 of the time
        assertThat((double) same[1] / all[1]).as("kept establishments giving their 2024 AI-use answer").isBetween(0.55, 0.7);
    }

    private static double weightedAiUsed(AnswerModel model, int sizeClass) {
        double total = 0;
        for (int h = sizeClass; h < SyntheticFrame.STRATA; h += 3) {
            double[] ai = model.aiUseShares(h);
            total += SyntheticFrame.baseCount(h) * (ai[0] + ai[1] + ai[2]);
        }
        return total / SyntheticFrame.baseSizeClassTotal(sizeClass);
    }

    private static double weightedJa(AnswerModel model, int item, int sizeClass) {
        double total = 0;
        for (int h = sizeClass; h < SyntheticFrame.STRATA; h += 3) {
            double[] ai = model.aiUseShares(h);
            for (int a = 0; a < ai.length; a++) {
                total += SyntheticFrame.baseCount(h) * ai[a] * model.itemShares(h, item, a)[0];
            }
        }
        return total / SyntheticFrame.baseSizeClassTotal(sizeClass);
    }

    private static double[] shares(SplittableRandom random, int n) {
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            p[i] = 0.01 + random.nextDouble();
            sum += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
