package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.weighting.Design;
import org.jspecify.annotations.Nullable;

/**
 * Weighted proportions of a categorical variable on a design calibrated to totals (GREG,
 * {@link nl.weegschaal.weighting.Calibration.ToTotals}), in the whole sample and every value of a
 * domain variable, exactly as R's {@code survey} gives {@code svymean(~y, subset(design, domain &
 * !is.na(y)), deff = TRUE)} on {@code calibrate(svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h), ...)}.
 * The cell S of a domain value is its respondents who answered (n_d of them, weights w_i = d_i g_i):
 *
 * <pre>
 * W = sum_S w,   p_j = sum_S w y_j / W,   weighted count = p_j W
 * z_i = (y_ij - p_j) / W on S, 0 elsewhere (the design is kept whole, as survey keeps a subset's rows)
 * e = z - X B,  B = (sum_i d_i x_i x_i')^+ sum_i d_i x_i z_i   (over the whole sample, design weights)
 * V = stratified variance of w_i e_i (fpc, certainty and lonely-stratum rules of
 *     {@link StratifiedVariance#contribution}), se = sqrt(V)
 * df = n_d - H_d (H_d the strata with a respondent in S), Korn-Graubard with n_d - 1 in the first t
 * deff = V / (s2 (W - n_d) / (W n_d)),  s2 = n_d / (n_d - 1) sum_S w (y_j - p_j)^2 / W
 * </pre>
 *
 * The design effect uses the calibrated weights, as {@code svyvar} on the calibrated design; it is
 * null where p is 0 or 1, n_d &lt; 2 or W &le; n_d ({@code survey} gives NA or Inf). Intervals as
 * {@link ConfidenceIntervals}. A level with no answers in a cell gets p = 0; a domain value where
 * nobody answered gets no rows. All cells of one variable by one domain variable take one pass over
 * the respondents, with pass 2 of {@link GregCells} taken from the sums of its groups (two passes for a
 * model of more than one numeric column, or of too many groups).
 */
public final class GregProportionEstimator {
    private final GregModel model;
    private final ConfidenceIntervals intervals;
    private final String method;

    /**
     * @throws IllegalArgumentException if the design is not calibrated to totals or its calibration's
     *                                  respondents do not match its strata
     */
    public GregProportionEstimator(Design design, double level) {
        this.model = GregModel.of(design);
        this.intervals = new ConfidenceIntervals(level);
        this.method = design.method().code();
    }

    /**
     * Makes the model of a calibrated design's GREG estimators ahead of them (on another thread while
     * the weights are written, say): the proportion and numeric estimators of the same calibration,
     * strata and lonely-stratum rule then take it rather than make it.
     */
    public static void prepare(Design design) {
        GregModel.of(design);
    }

    /**
     * The rows of every domain value (in order) and level (in order). Respondent i is row i of the
     * calibration model.
     *
     * @param answer       per respondent, the index of its level in {@code levels}, or -1 (not answered)
     * @param domainValues the domain variable's values ({@link Estimate#TOTAL} alone for the whole sample)
     * @param domain       per respondent, the index of its value in {@code domainValues}, or -1 (none)
     */
    public List<Estimate> estimate(String variable, List<String> levels, int[] answer, String domainVar,
                                   List<String> domainValues, int[] domain) {
        Cell.checkIndices("domain", domain, domainValues.size());
        boolean[] used = new boolean[answer.length];
        for (int i = 0; i < used.length; i++) {
            if (answer[i] < -1 || answer[i] >= levels.size()) {
                throw new IllegalArgumentException("answer of respondent " + (i + 1) + " is " + answer[i]
                        + ", not -1 or an index below " + levels.size());
            }
            used[i] = answer[i] >= 0;
        }
        int count = levels.size();
        GregCells cells = new GregCells(model, domain, domainValues.size(), used, new LevelFeatures(answer, count));
        double[][][] coefficients = new double[domainValues.size()][][];
        for (int v = 0; v < coefficients.length; v++) {
            if (cells.respondents(v) > 0) {
                coefficients[v] = coefficients(cells.weightedFeatures(v), count);
            }
        }
        GregCells.Spread[][] spreads = cells.spreads(coefficients);
        List<Estimate> rows = new ArrayList<>();
        for (int v = 0; v < coefficients.length; v++) {
            if (coefficients[v] == null) {
                continue;
            }
            double[] sums = cells.weightedFeatures(v);
            for (int j = 0; j < count; j++) {
                rows.add(row(variable, levels.get(j), domainVar, domainValues.get(v), cells.respondents(v),
                        cells.degreesOfFreedom(v), sum(sums), sums[j], spreads[v][j].variance()));
            }
        }
        return rows;
    }

    /**
     * Level j's z = (y_j - p_j) / W on the level indicators, which add up to 1 for a respondent who
     * answered: (1 - p_j) / W on its own, -p_j / W on the others.
     */
    private static double[][] coefficients(double[] sums, int levels) {
        double total = sum(sums);
        double[][] c = new double[levels][levels];
        for (int j = 0; j < levels; j++) {
            double p = sums[j] / total;
            java.util.Arrays.fill(c[j], -p / total);
            c[j][j] = (1 - p) / total;
        }
        return c;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private Estimate row(String variable, String level, String domainVar, String domainValue, long n, long df,
                         double total, double count, double variance) {
        double p = count / total;
        double v = (p == 0 || p == 1) ? 0.0 : Math.max(0.0, variance);
        double se = Math.sqrt(v);
        return new Estimate(variable, level, domainVar, domainValue, n, count, p, se, intervals.wald(p, se),
                intervals.logit(p, se, df), intervals.kornGraubard(p, v, n, df),
                designEffect(p, v, n, total, count), df, method);
    }

    private static @Nullable Double designEffect(double p, double variance, long n, double total, double count) {
        if (p == 0 || p == 1 || n < 2 || total <= n) {
            return null;
        }
        double squares = count * (1 - p) * (1 - p) + (total - count) * p * p;
        double s2 = n / (n - 1.0) * squares / total;
        double deff = variance / (s2 * (total - n) / (total * n));
        return Double.isFinite(deff) ? deff : null;
    }

    /** Features: the indicator of each level. */
    private record LevelFeatures(int[] answer, int levels) implements GregCells.Features {
        @Override
        public int count() {
            return levels;
        }

        @Override
        public int[] levelOf() {
            return answer;
        }

        /** Proportions take their design effects from the weighted counts. */
        @Override
        public boolean weightedSquares() {
            return false;
        }

        @Override
        public void of(int i, double[] into) {
            int level = answer[i];
            for (int k = 0; k < into.length; k++) {
                into[k] = k == level ? 1 : 0;
            }
        }
    }
}
