package nl.weegschaal.generate;

import java.util.SplittableRandom;

/**
 * The answers of an establishment that answers again: correlated with its earlier answers, yet
 * distributed exactly as the new wave's model says in its new stratum, so the follow-up's weighted
 * margins are the new model's whatever the overlap.
 *
 * <p>Per single-choice question, with q the earlier model's shares (earlier stratum, and for the
 * expectation items the earlier AI use) and r the new model's (new stratum and new AI use): with
 * probability {@value #KEEP} the earlier answer k is carried over through the maximal coupling of q
 * and r (k stays with probability min(1, r_k / q_k), otherwise it moves to a category that r has
 * more of than q, in proportion to the excess), otherwise the answer is a fresh draw from r. A
 * respondent who answered k under q thus answers r in distribution: sum_k q_k T(k, j) = r_j. Where
 * q = r the earlier answer is simply kept with probability 0.6 + 0.4 r_k. A "which functions"
 * question asked in both waves keeps its ticks with probability {@value #KEEP}, else they are drawn
 * afresh (their shares are the same in both models). Item nonresponse is drawn afresh.
 */
final class CarriedAnswers {
    /** The chance that an answer is carried over rather than drawn afresh. */
    static final double KEEP = 0.6;

    private final AnswerModel earlier;
    private final AnswerModel now;

    CarriedAnswers(AnswerModel earlier, AnswerModel now) {
        this.earlier = earlier;
        this.now = now;
    }

    /** Fills {@code row} with the kept establishment's record in the new wave. */
    void fill(ExportRow row, KeptEstablishment kept, SplittableRandom random) {
        ExportRow before = kept.earlier();
        int h = kept.stratum();
        row.clearPlanted();
        row.id = before.id;
        row.stratum = h;
        row.sbi = before.sbi;
        row.sbiAsNumber = before.sbiAsNumber;
        row.employees = kept.employees();
        int aiBefore = before.drawn[0];
        int ai = next(earlier.aiUseShares(before.stratum), now.aiUseShares(h), aiBefore, random);
        Respondents.record(row, 0, ai, random);
        for (int item = 0; item < AnswerModel.ITEMS.length; item++) {
            double[] q = earlier.itemShares(before.stratum, item, aiBefore);
            int answer = next(q, now.itemShares(h, item, ai), before.drawn[1 + item], random);
            Respondents.record(row, 1 + item, answer, random);
        }
        Respondents.routedOptions(row, now, random);
        carryTicks(row.changing, before.changing, random);
        carryTicks(row.disappearing, before.disappearing, random);
    }

    /** The new answer of someone who answered k, drawn from {@link #transition}. */
    static int next(double[] q, double[] r, int k, SplittableRandom random) {
        double[] row = transition(q, r, k);
        double u = random.nextDouble();
        double cumulative = 0;
        for (int j = 0; j < row.length - 1; j++) {
            cumulative += row[j];
            if (u < cumulative) {
                return j;
            }
        }
        return row.length - 1;
    }

    /** Row k of the transition: {@link #KEEP} x the maximal coupling of q and r, plus (1 - KEEP) x r. */
    static double[] transition(double[] q, double[] r, int k) {
        double[] row = new double[r.length];
        double stay = q[k] <= r[k] ? 1 : r[k] / q[k];
        double excess = 0;
        for (int j = 0; j < r.length; j++) {
            excess += Math.max(0, r[j] - q[j]);
        }
        for (int j = 0; j < r.length; j++) {
            double coupled = j == k ? stay : excess > 0 ? (1 - stay) * Math.max(0, r[j] - q[j]) / excess : 0;
            row[j] = KEEP * coupled + (1 - KEEP) * r[j];
        }
        return row;
    }

    /** Ticks of a question asked now (drawn afresh already): the earlier ticks instead, if asked then and kept. */
    private static void carryTicks(byte[] ticks, byte[] before, SplittableRandom random) {
        boolean askedBoth = ticks[0] != ExportRow.NOT_ASKED && before[0] != ExportRow.NOT_ASKED;
        if (askedBoth && random.nextDouble() < KEEP) {
            System.arraycopy(before, 0, ticks, 0, ticks.length);
        }
    }
}
