package nl.weegschaal.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.weegschaal.weighting.LonelyPsu;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Pass 2 of {@link GregCells} taken from pass 1's groups ({@link GregGroupSums}, {@link GregFeatureGroups})
 * against a second pass over the respondents, on a synthetic survey large enough to be split into
 * chunks (whose groups are added with their shifts moved), with a numeric calibration column, a lonely
 * and a census stratum.
 */
class GregCellsTest {
    private static final int LEVELS = 4;
    private static final double RELATIVE = 1e-12;

    /** Level indicators; with {@code squares}, asking for sum w z^2 too (proportions do not). */
    private record Levels(int[] answer, boolean squares) implements GregCells.Features {
        @Override
        public int count() {
            return LEVELS;
        }

        @Override
        public int[] levelOf() {
            return answer;
        }

        @Override
        public boolean weightedSquares() {
            return squares;
        }

        @Override
        public void of(int i, double[] into) {
            for (int k = 0; k < into.length; k++) {
                into[k] = k == answer[i] ? 1 : 0;
            }
        }
    }

    @Test
    void passTwoFromTheGroupsIsTheSecondPassOverTheRespondents() {
        GregSyntheticSurvey survey = new GregSyntheticSurvey(160_000, 23L, true, LonelyPsu.ADJUST);
        int[] answer = survey.answers(LEVELS, 0.1);
        boolean[] used = new boolean[survey.n];
        for (int i = 0; i < used.length; i++) {
            used[i] = answer[i] >= 0;
        }
        GregModel model = GregModel.of(survey.design);
        Levels features = new Levels(answer, true);
        GregCells grouped = new GregCells(model, survey.sector, GregSyntheticSurvey.SECTORS, used, features, true);
        GregCells twoPasses = new GregCells(model, survey.sector, GregSyntheticSurvey.SECTORS, used, features, false);
        double[][][] coefficients = coefficients(grouped);
        GregCells.Spread[][] fromGroups = grouped.spreads(coefficients);
        GregCells.Spread[][] fromRespondents = twoPasses.spreads(coefficients);
        for (int v = 0; v < GregSyntheticSurvey.SECTORS; v++) {
            for (int s = 0; s < LEVELS; s++) {
                GregCells.Spread expected = fromRespondents[v][s];
                GregCells.Spread actual = fromGroups[v][s];
                assertThat(expected.variance()).isPositive();
                assertThat(actual.variance()).as("cell %d statistic %d", v, s)
                        .isCloseTo(expected.variance(), within(RELATIVE * expected.variance()));
                assertThat(actual.weightedSquares()).as("cell %d statistic %d", v, s)
                        .isCloseTo(expected.weightedSquares(), within(RELATIVE * expected.weightedSquares()));
            }
        }
    }

    @Test
    void passTwoFromTheGroupsOfANumbersTotalAndMeanIsTheSecondPassOverTheRespondents() {
        GregSyntheticSurvey survey = new GregSyntheticSurvey(160_000, 29L, true, LonelyPsu.ADJUST);
        double[] y = survey.numbers(0.15);
        GregModel model = GregModel.of(survey.design);
        GregNumericEstimator.Values features = new GregNumericEstimator.Values(y, null);
        boolean[] used = new boolean[survey.n];
        for (int i = 0; i < used.length; i++) {
            used[i] = !Double.isNaN(y[i]);
        }
        GregCells grouped = new GregCells(model, survey.size, GregSyntheticSurvey.SIZES, used, features, true);
        GregCells twoPasses = new GregCells(model, survey.size, GregSyntheticSurvey.SIZES, used, features, false);
        // a total's z = y, a mean's (y - 3) / 1000
        double[][] c = {{0, 1}, {-3e-3, 1e-3}};
        double[][][] coefficients = new double[GregSyntheticSurvey.SIZES][][];
        java.util.Arrays.fill(coefficients, c);
        same(grouped.spreads(coefficients), twoPasses.spreads(coefficients), c.length);
    }

    private static void same(GregCells.Spread[][] actual, GregCells.Spread[][] expected, int statistics) {
        for (int v = 0; v < expected.length; v++) {
            for (int s = 0; s < statistics; s++) {
                assertThat(expected[v][s].variance()).isPositive();
                assertThat(actual[v][s].variance()).as("cell %d statistic %d", v, s)
                        .isCloseTo(expected[v][s].variance(), within(RELATIVE * expected[v][s].variance()));
                assertThat(actual[v][s].weightedSquares()).as("cell %d statistic %d", v, s)
                        .isCloseTo(expected[v][s].weightedSquares(), within(RELATIVE * expected[v][s].weightedSquares()));
            }
        }
    }

    @Test
    void aCellWhoseAnswersTheModelFixesHasAVarianceOfZeroFromTheGroups() {
        GregSyntheticSurvey survey = new GregSyntheticSurvey(120_000, 5L, false, LonelyPsu.ADJUST);
        // the answer is the size class, a column of the calibration model: every residual is 0
        int[] answer = survey.size.clone();
        boolean[] used = new boolean[survey.n];
        java.util.Arrays.fill(used, true);
        GregModel model = GregModel.of(survey.design);
        GregCells cells = new GregCells(model, new int[survey.n], 1, used, new Levels(answer, false), true);
        double[] sums = cells.weightedFeatures(0);
        double total = sums[0] + sums[1] + sums[2] + sums[3];
        double[][] c = new double[LEVELS][LEVELS];
        for (int s = 0; s < LEVELS; s++) {
            for (int k = 0; k < LEVELS; k++) {
                c[s][k] = ((k == s ? 1 : 0) - sums[s] / total) / total;
            }
        }
        for (GregCells.Spread spread : cells.spreads(new double[][][] {c})[0]) {
            assertThat(spread.variance()).isBetween(0.0, 1e-12);
        }
    }

    @Test
    void onlyLevelFeaturesAndATotalsAndMeansAreTakenFromTheirGroups() {
        GregSyntheticSurvey survey = new GregSyntheticSurvey(1_000, 3L, false, LonelyPsu.ADJUST);
        GregModel model = GregModel.of(survey.design);
        boolean[] used = new boolean[survey.n];
        GregCells.Features numbers = new GregCells.Features() {
            @Override
            public int count() {
                return 1;
            }

            @Override
            public void of(int i, double[] into) {
                into[0] = survey.employees[i];
            }

            @Override
            public int @Nullable [] levelOf() {
                return null;
            }
        };
        assertThatThrownBy(() -> new GregCells(model, new int[survey.n], 1, used, numbers, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level features");
        GregNumericEstimator.Values ratio = new GregNumericEstimator.Values(survey.employees, survey.employees);
        assertThatThrownBy(() -> new GregCells(model, new int[survey.n], 1, used, ratio, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(1, y)");
    }

    /** Per cell with respondents, statistic s: z = 1{level s} less a share, scaled as a proportion's. */
    private static double[][][] coefficients(GregCells cells) {
        double[][][] coefficients = new double[GregSyntheticSurvey.SECTORS][][];
        for (int v = 0; v < coefficients.length; v++) {
            if (cells.respondents(v) == 0) {
                continue;
            }
            double[] sums = cells.weightedFeatures(v);
            double total = 0;
            for (double sum : sums) {
                total += sum;
            }
            coefficients[v] = new double[LEVELS][LEVELS];
            for (int s = 0; s < LEVELS; s++) {
                for (int k = 0; k < LEVELS; k++) {
                    coefficients[v][s][k] = ((k == s ? 1 : 0) - sums[s] / total) / total;
                }
            }
        }
        return coefficients;
    }
}
