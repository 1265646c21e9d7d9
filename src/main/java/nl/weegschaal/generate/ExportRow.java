package nl.weegschaal.generate;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One respondent as both export writers see it, in the column order of the job spec: id, SBI,
 * employees, the seven single-choice questions, the seven options of each multiple-response
 * question, then the two numeric questions. Mutable and reused row after row, so a million rows allocate next to nothing.
 */
final class ExportRow {
    /** ai_gebruik followed by {@link AnswerModel#ITEMS}. */
    static final int SINGLE = 1 + AnswerModel.ITEMS.length;
    static final int OPTIONS = AnswerModel.FUNCTIONS.length;
    /** An empty cell: item nonresponse, or a missing employee count. */
    static final int MISSING = -1;
    /** Index of the answer 'ja' among ja, nee, weet_niet. */
    static final int JA = 0;
    /** Option cells: not asked (empty), not ticked, ticked. */
    static final byte NOT_ASKED = -1;
    static final byte NOT_TICKED = 0;
    static final byte TICKED = 1;

    String id = "";
    String sbi = "";
    /** Whether a spreadsheet stores the SBI code as a number cell (an export habit). */
    boolean sbiAsNumber;
    /** Employees, or {@link #MISSING}. */
    int employees;
    /**
     * Single-choice answers as the index of the level in the codebook: ai_gebruik 0..5 for
     * zeer_hoge_mate..weet_niet; the others 0, 1, 2 for ja, nee, weet_niet; or {@link #MISSING}.
     */
    final int[] answers = new int[SINGLE];
    /**
     * The single-choice answers as drawn, before item nonresponse blanked some: what a follow-up wave
     * carries over (nonresponse is independent of the answer, so the drawn one is the respondent's).
     */
    final int[] drawn = new int[SINGLE];
    /** The stratum (sector cluster x size class) the record was drawn in; not written to any export. */
    int stratum;
    final byte[] changing = new byte[OPTIONS];
    final byte[] disappearing = new byte[OPTIONS];
    /** The numeric answers: open vacancies and jobs expected to disappear; {@link #MISSING} or {@link #DONT_KNOW}. */
    int vacancies;
    int jobsLost;
    /** "Weet niet" to a numeric question: CATI code 99999, CAWI the label Weet niet. */
    static final int DONT_KNOW = -2;
    /** A planted answer outside the codebook: the index into {@link #answers} it replaces, or -1. */
    int badAnswer = -1;
    /** The raw cell text of the planted answer. */
    @Nullable String badAnswerText;

    ExportRow copy() {
        ExportRow copy = new ExportRow();
        copy.id = id;
        copy.sbi = sbi;
        copy.sbiAsNumber = sbiAsNumber;
        copy.employees = employees;
        copy.vacancies = vacancies;
        copy.jobsLost = jobsLost;
        System.arraycopy(answers, 0, copy.answers, 0, SINGLE);
        System.arraycopy(drawn, 0, copy.drawn, 0, SINGLE);
        copy.stratum = stratum;
        System.arraycopy(changing, 0, copy.changing, 0, OPTIONS);
        System.arraycopy(disappearing, 0, copy.disappearing, 0, OPTIONS);
        copy.badAnswer = badAnswer;
        copy.badAnswerText = badAnswerText;
        return copy;
    }

    void clearPlanted() {
        badAnswer = -1;
        badAnswerText = null;
    }

    static void notAsked(byte[] options) {
        Arrays.fill(options, NOT_ASKED);
    }
}
