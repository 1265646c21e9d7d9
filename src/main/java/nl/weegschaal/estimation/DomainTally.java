package nl.weegschaal.estimation;

/**
 * The sufficient statistics of one variable in one domain: per stratum h, the number of respondents
 * of the domain who answered (m_h) and, per level j, how many of them gave that answer (k_hj).
 * Together with the design's n_h and w_h these determine every estimate and variance exactly.
 */
public final class DomainTally {
    private final int[] answered;
    private final int[][] levelCounts;

    /**
     * @param levelCounts {@code [level][stratum]} counts; the tally takes ownership of the arrays
     */
    public DomainTally(int[][] levelCounts, int strata) {
        this(levelCounts, sum(levelCounts, strata));
    }

    /**
     * For levels that are not mutually exclusive (derived levels, multiple-response options): the
     * respondents who answered are given, not summed from the levels.
     *
     * @param answered m_h per stratum; the tally takes ownership of the arrays
     */
    public DomainTally(int[][] levelCounts, int[] answered) {
        this.levelCounts = levelCounts;
        this.answered = answered;
    }

    private static int[] sum(int[][] levelCounts, int strata) {
        int[] answered = new int[strata];
        for (int[] counts : levelCounts) {
            for (int h = 0; h < strata; h++) {
                answered[h] += counts[h];
            }
        }
        return answered;
    }

    public int strata() {
        return answered.length;
    }

    public int levels() {
        return levelCounts.length;
    }

    /** m_h. */
    public int answered(int stratum) {
        return answered[stratum];
    }

    /** k_hj. */
    public int count(int level, int stratum) {
        return levelCounts[level][stratum];
    }

    /** n_d, the respondents of the domain who answered. */
    public long answeredTotal() {
        long n = 0;
        for (int m : answered) {
            n += m;
        }
        return n;
    }

    /** H_d, the strata with at least one respondent of the domain who answered. */
    public int strataAnswered() {
        int count = 0;
        for (int m : answered) {
            if (m > 0) {
                count++;
            }
        }
        return count;
    }
}
