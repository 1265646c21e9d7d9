package nl.weegschaal.estimation;

import java.util.Arrays;

/**
 * The establishments in both samples of two waves: {@code first[k]} (a respondent index of wave 1)
 * and {@code second[k]} (of wave 2) are the same establishment. Each index occurs at most once on its
 * side; the indices are checked against the waves' sizes by {@link ChangeCovariance}. The arrays are
 * copied on the way in and out.
 */
public record Overlap(int[] first, int[] second) {

    /**
     * @throws IllegalArgumentException if the arrays differ in length, an index is negative, or an
     *                                  index occurs twice on one side
     */
    public Overlap {
        first = first.clone();
        second = second.clone();
        if (first.length != second.length) {
            throw new IllegalArgumentException("the overlap pairs " + first.length + " wave-1 respondents with "
                    + second.length + " wave-2 respondents; both lists must be equally long");
        }
        checkOnce(first, "wave-1");
        checkOnce(second, "wave-2");
    }

    /** An overlap of no establishments: the waves' samples are disjoint. */
    public static Overlap none() {
        return new Overlap(new int[0], new int[0]);
    }

    private static void checkOnce(int[] index, String wave) {
        int[] sorted = index.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < sorted.length; k++) {
            if (sorted[k] < 0) {
                throw new IllegalArgumentException("the overlap has " + wave + " respondent index " + sorted[k]
                        + "; indices start at 0");
            }
            if (k > 0 && sorted[k] == sorted[k - 1]) {
                throw new IllegalArgumentException("the overlap has " + wave + " respondent " + sorted[k]
                        + " twice; an establishment is paired once");
            }
        }
    }

    /** m, the number of establishments in both samples. */
    public int size() {
        return first.length;
    }

    @Override
    public int[] first() {
        return first.clone();
    }

    @Override
    public int[] second() {
        return second.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Overlap o && Arrays.equals(first, o.first) && Arrays.equals(second, o.second);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(first) + Arrays.hashCode(second);
    }

    @Override
    public String toString() {
        return "Overlap[m = " + first.length + "]";
    }
}
