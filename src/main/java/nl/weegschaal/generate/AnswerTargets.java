package nl.weegschaal.generate;

/**
 * The published figures an {@link AnswerModel} is calibrated to: the share of 'ja' per expectation
 * item and the AI-use shares, each given overall (or for 2-19 where noted), for 20-99 and for 100+.
 * {@link #WAVE_2024} tells the published story of the employer survey 2024; {@link #WAVE_2025} is the
 * same story with a few real changes planted, for a second wave over time (issue 16).
 *
 * @param ja      share of 'ja' per item of {@link AnswerModel#ITEMS}: overall, 20-99, 100+
 * @param aiUsed  per size class (2-19, 20-99, 100+): AI used to a very high, high, reasonable degree,
 *                before the sector effect (which is normalised within the size class)
 * @param aiNone  'helemaal_niet': overall, 20-99, 100+
 * @param aiShift per size class: points added to AI use to a very high, high, reasonable degree in
 *                every stratum of the class alike (the sector effect stays as it was, and a share
 *                scaled by a high sector effect cannot overflow), taken from 'in beperkte mate' and
 *                'helemaal niet' in proportion to their shares in the stratum
 */
record AnswerTargets(double[][] ja, double[][] aiUsed, double[] aiNone, double[][] aiShift) {
    private static final double[][] NO_SHIFT = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}};

    /** The 2024 wave: published overall and 100+ figures, the rest plausible. */
    static final AnswerTargets WAVE_2024 = new AnswerTargets(
            new double[][] {
                {0.06, 0.11, 0.18}, {0.14, 0.22, 0.35}, {0.51, 0.60, 0.68},
                {0.42, 0.50, 0.58}, {0.11, 0.13, 0.16}, {0.23, 0.31, 0.40}},
            new double[][] {{0.02, 0.04, 0.09}, {0.03, 0.07, 0.15}, {0.05, 0.10, 0.22}},
            new double[] {0.60, 0.45, 0.30}, NO_SHIFT);

    /**
     * The 2025 wave: three real changes against 2024, everything else equal, sized so that a comparison
     * of two waves of 2,306 respondents as independent samples finds the first two even after a
     * correction for some 350 tests (standard errors of a difference about 2.5 points among 100+ and
     * 1.6 points overall), while the third is a small move such a comparison need not find:
     * <ul>
     * <li>AI use to a (very) high or reasonable degree among 100+ up 15 points (37% to 52%), taken
     * in proportion from 'in beperkte mate' and 'helemaal niet' (30% to about 23%);</li>
     * <li>'banen erbij' (AI adds jobs) up 5 points in every size class, so overall 14% to 19%;</li>
     * <li>'scholingsbehoefte verandert' (training needs change) up 4 points in every size class,
     * overall 51% to 55%.</li>
     * </ul>
     */
    static final AnswerTargets WAVE_2025 = new AnswerTargets(
            new double[][] {
                {0.06, 0.11, 0.18}, {0.19, 0.27, 0.40}, {0.55, 0.64, 0.72},
                {0.42, 0.50, 0.58}, {0.11, 0.13, 0.16}, {0.23, 0.31, 0.40}},
            WAVE_2024.aiUsed, WAVE_2024.aiNone, new double[][] {{0, 0, 0}, {0, 0, 0}, {0.03, 0.06, 0.06}});

    /** Whether any AI-use shift is planted (the 2024 model skips the step, so its shares stay bit for bit). */
    boolean shiftsAiUse() {
        for (double[] shift : aiShift) {
            for (double points : shift) {
                if (points != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds size class c's {@link #aiShift} to the three 'used' categories of a stratum's AI-use shares
     * (order of {@link AnswerModel#AI_USE}), taking it from beperkte_mate and helemaal_niet pro rata.
     */
    void shiftAiUse(double[] ai, int sizeClass) {
        double[] points = aiShift[sizeClass];
        double total = points[0] + points[1] + points[2];
        double rest = ai[3] + ai[4];
        ai[3] -= total * ai[3] / rest;
        ai[4] -= total * ai[4] / rest;
        for (int k = 0; k < 3; k++) {
            ai[k] += points[k];
        }
    }
}
