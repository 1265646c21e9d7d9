package nl.weegschaal.generate;

import java.util.SplittableRandom;

/**
 * Answer probabilities per stratum, calibrated so that the weighted (N_h/n_h) results reproduce
 * the published headline figures of the employer survey 2024. Targets are given overall and for
 * 20-99 and 100+; the 2-19 probability is derived from the frame's size-class shares so that the
 * weighted overall figure, dominated by the 85% small establishments, lands on target. Sector
 * effects are normalised with population weights within each size class, and the link between AI
 * use and the expectation items is normalised within each stratum, so neither shifts the margins.
 */
final class AnswerModel {
    static final String[] AI_USE = {"zeer_hoge_mate", "hoge_mate", "redelijke_mate", "beperkte_mate",
        "helemaal_niet", "weet_niet"};
    static final String[] ITEMS = {"banen_verdwijnen", "banen_erbij", "scholingsbehoefte_verandert",
        "andere_vaardigheden", "personeelstekort_opgelost", "functies_veranderen_sterk"};
    /** Share of item nonresponse (empty field), per item, independent of everything else. */
    static final double NONRESPONSE = 0.007;
    /** Options of the two multiple-response questions, in the order of the job spec. */
    static final String[] FUNCTIONS = {"administratief", "sales_verkoop", "ict", "klantenservice",
        "planning_werkvoorbereiding", "productie", "overig"};
    /** {@link #drawFunctions} question: which functions change strongly (asked if they do). */
    static final int CHANGING = 0;
    /** {@link #drawFunctions} question: which functions disappear (asked if jobs disappear). */
    static final int DISAPPEARING = 1;

    /** Share of 'weet_niet' per item, the same everywhere. */
    private static final double[] DONT_KNOW = {0.05, 0.05, 0.03, 0.04, 0.04, 0.04};
    private static final double AI_DONT_KNOW = 0.02;
    /** Relative AI affinity per cluster: ICT and finance high, Horeca and agriculture low. */
    private static final double[] AFFINITY = {0.6, 1.0, 0.7, 1.1, 0.9, 0.8, 0.6, 1.8,
        1.5, 1.0, 1.4, 1.2, 1.1, 0.8, 0.8, 0.8};
    /** How much more often, per AI-use category, an employer expects change (before normalising). */
    private static final double[] CHANGE_BY_AI = {1.8, 1.6, 1.35, 1.1, 0.8, 1.0};
    private static final double SECTOR_EFFECT_ON_ITEMS = 0.25;
    /**
     * Chance that each function is mentioned, the same in every stratum, so the weighted ranking is
     * this ranking. Changing (published): administrative, sales, ICT most; disappearing (published):
     * administrative, sales, planners, customer service, production. Order of {@link #FUNCTIONS}.
     */
    private static final double[][] FUNCTION_SHARE = {
        {0.52, 0.41, 0.34, 0.24, 0.17, 0.14, 0.10},
        {0.50, 0.39, 0.07, 0.23, 0.30, 0.16, 0.09}};

    /** [stratum][ai category] probability. */
    private final double[][] aiShares = new double[SyntheticFrame.STRATA][];
    private final double[][] aiCumulative = new double[SyntheticFrame.STRATA][];
    /** [stratum][item][ai category] probability of 'ja'. */
    private final double[][][] ja = new double[SyntheticFrame.STRATA][ITEMS.length][AI_USE.length];

    /** The model of the 2024 wave. */
    AnswerModel() {
        this(AnswerTargets.WAVE_2024);
    }

    /** The model calibrated to {@code targets}. */
    AnswerModel(AnswerTargets targets) {
        double[] aiMean = sizeClassMeans(s -> AFFINITY[s]);
        double[] noneMean = sizeClassMeans(s -> 1 / Math.sqrt(AFFINITY[s]));
        double[] itemMean = sizeClassMeans(AnswerModel::itemEffect);
        for (int h = 0; h < SyntheticFrame.STRATA; h++) {
            int s = SyntheticFrame.sectorOf(h);
            int c = SyntheticFrame.sizeClassOf(h);
            double[] ai = new double[AI_USE.length];
            for (int k = 0; k < 3; k++) {
                ai[k] = targets.aiUsed()[c][k] * AFFINITY[s] / aiMean[c];
            }
            ai[4] = byClass(targets.aiNone(), c) / Math.sqrt(AFFINITY[s]) / noneMean[c];
            ai[5] = AI_DONT_KNOW;
            ai[3] = 1 - ai[0] - ai[1] - ai[2] - ai[4] - ai[5];
            if (targets.shiftsAiUse()) {
                targets.shiftAiUse(ai, c);
            }
            check(ai[3] > 0.01, "beperkte_mate share in stratum " + h);
            aiShares[h] = ai;
            aiCumulative[h] = cumulative(ai);
            for (int i = 0; i < ITEMS.length; i++) {
                double p = byClass(targets.ja()[i], c) * itemEffect(s) / itemMean[c];
                ja[h][i] = linkToAiUse(p, 1 - DONT_KNOW[i] - 0.02, ai);
            }
        }
    }

    /** Draws the latent AI-use category of one respondent in stratum h. */
    int drawAiUse(int h, SplittableRandom random) {
        double u = random.nextDouble();
        double[] cumulative = aiCumulative[h];
        int k = 0;
        while (k < cumulative.length - 1 && u >= cumulative[k]) {
            k++;
        }
        return k;
    }

    /** The AI-use shares in stratum h, in the order of {@link #AI_USE} (a copy). */
    double[] aiUseShares(int h) {
        return aiShares[h].clone();
    }

    /** The shares of ja, nee, weet_niet (the order of the export's answer index) of an item, given stratum and AI use. */
    double[] itemShares(int h, int item, int aiUse) {
        double p = ja[h][item][aiUse];
        return new double[] {p, 1 - p - DONT_KNOW[item], DONT_KNOW[item]};
    }

    /** Draws one expectation item: ja, nee or weet_niet, given stratum and AI use. */
    String drawItem(int h, int item, int aiUse, SplittableRandom random) {
        double u = random.nextDouble();
        double p = ja[h][item][aiUse];
        return u < p ? "ja" : u < p + DONT_KNOW[item] ? "weet_niet" : "nee";
    }

    /**
     * Draws the options ticked for a multiple-response question ({@link #CHANGING} or
     * {@link #DISAPPEARING}) of someone who was asked it: each option independently, redrawn until
     * at least one is ticked (which keeps the options' ratios, as each implies 'at least one').
     */
    void drawFunctions(int question, SplittableRandom random, byte[] ticked) {
        double[] share = FUNCTION_SHARE[question];
        boolean any = false;
        while (!any) {
            for (int o = 0; o < share.length; o++) {
                boolean yes = random.nextDouble() < share[o];
                ticked[o] = (byte) (yes ? 1 : 0);
                any |= yes;
            }
        }
    }

    /**
     * Per AI-use category f(a) = 1 + lambda (r(a)/E[r] - 1), so E[f] = 1 within the stratum and the
     * margin p is kept; lambda shrinks the link where p is high, so p f(a) stays below cap.
     */
    private static double[] linkToAiUse(double p, double cap, double[] ai) {
        double mean = 0;
        double max = 0;
        for (int a = 0; a < ai.length; a++) {
            mean += ai[a] * CHANGE_BY_AI[a];
            max = Math.max(max, CHANGE_BY_AI[a]);
        }
        double lambda = Math.min(1, (cap / p - 1) / (max / mean - 1));
        check(lambda > 0, "ja share below its cap");
        double[] result = new double[ai.length];
        for (int a = 0; a < ai.length; a++) {
            result[a] = p * (1 + lambda * (CHANGE_BY_AI[a] / mean - 1));
        }
        return result;
    }

    private static double itemEffect(int sector) {
        return 1 + SECTOR_EFFECT_ON_ITEMS * (AFFINITY[sector] - 1);
    }

    /**
     * The size-class value of a target given as {overall, 20-99, 100+}: 2-19 solves
     * overall = sum over classes of (population share x class value).
     */
    private static double byClass(double[] target, int sizeClass) {
        if (sizeClass > 0) {
            return target[sizeClass];
        }
        double total = 0;
        for (int c = 0; c < 3; c++) {
            total += SyntheticFrame.baseSizeClassTotal(c);
        }
        double rest = target[0] * total;
        for (int c = 1; c < 3; c++) {
            rest -= target[c] * SyntheticFrame.baseSizeClassTotal(c);
        }
        return rest / SyntheticFrame.baseSizeClassTotal(0);
    }

    /** Population-weighted mean of a sector effect within each size class. */
    private static double[] sizeClassMeans(java.util.function.IntToDoubleFunction effect) {
        double[] means = new double[3];
        for (int h = 0; h < SyntheticFrame.STRATA; h++) {
            int c = SyntheticFrame.sizeClassOf(h);
            means[c] += SyntheticFrame.baseCount(h) * effect.applyAsDouble(SyntheticFrame.sectorOf(h))
                    / SyntheticFrame.baseSizeClassTotal(c);
        }
        return means;
    }

    private static double[] cumulative(double[] p) {
        double[] result = new double[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += p[i];
            result[i] = sum;
        }
        return result;
    }

    /** Guards the hand-chosen constants: a failure means the calibration no longer works. */
    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("synthetic answer model is inconsistent: " + what);
        }
    }
}
