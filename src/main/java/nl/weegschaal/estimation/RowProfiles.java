package nl.weegschaal.estimation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import nl.weegschaal.weighting.SparseRows;
import org.jspecify.annotations.Nullable;

/**
 * The calibration model's rows in the compact form the passes over the respondents read: a model row
 * is an intercept, level indicators and numeric auxiliaries, so the columns that hold only 0 and 1
 * (indicators) take few combinations. A respondent's <em>profile</em> is its stratum with the set of
 * indicator columns that are 1; its row is that profile plus its values of the q numeric columns:
 *
 * <pre>x_i'b = sum_{j in profile(i)} b_j + sum_t values[i q + t] b_{numeric[t]}</pre>
 *
 * A pass then reads one profile index and q numbers per respondent instead of a whole row. With more
 * than {@value #MAX} profiles every column is read as numeric (the profile is the stratum alone), so
 * the memory the passes need per domain value stays small. (A key is looked up with one reused probe,
 * so that a million rows do not make a million keys.)
 */
final class RowProfiles {
    static final int MAX = 4096;

    /** Per respondent, its profile. */
    final int[] profile;
    /** Per profile, its stratum. */
    final int[] stratum;
    /** Profile k's indicator columns are {@code columns[start[k] .. start[k + 1])}. */
    final int[] start;
    final int[] columns;
    /** The numeric columns, q of them. */
    final int[] numeric;
    /** Per respondent its values of the numeric columns, {@code values[i * q + t]}. */
    final double[] values;

    private RowProfiles(int[] profile, int[] stratum, int[] start, int[] columns, int[] numeric, double[] values) {
        this.profile = profile;
        this.stratum = stratum;
        this.start = start;
        this.columns = columns;
        this.numeric = numeric;
        this.values = values;
    }

    /**
     * @param rows    the model rows' non-zero entries, n rows of p columns
     * @param stratum per respondent its stratum
     */
    static RowProfiles of(SparseRows rows, int[] stratum, int p) {
        return of(rows, stratum, p, MAX);
    }

    /** As {@link #of(SparseRows, int[], int)} with at most {@code max} profiles before all columns are numeric. */
    static RowProfiles of(SparseRows rows, int[] stratum, int p, int max) {
        boolean[] indicator = new boolean[p];
        Arrays.fill(indicator, true);
        for (int e = 0; e < rows.start(rows.rows()); e++) {
            indicator[rows.column(e)] &= rows.value(e) == 1;
        }
        RowProfiles profiles = of(rows, stratum, p, indicator, max);
        return profiles != null ? profiles : of(rows, stratum, p, new boolean[p], Integer.MAX_VALUE);
    }

    private static @Nullable RowProfiles of(SparseRows rows, int[] stratum, int p, boolean[] indicator, int max) {
        int[] numeric = java.util.stream.IntStream.range(0, p).filter(j -> !indicator[j]).toArray();
        int q = numeric.length;
        int[] numericOf = new int[p];
        Arrays.fill(numericOf, -1);
        for (int t = 0; t < q; t++) {
            numericOf[numeric[t]] = t;
        }
        int n = rows.rows();
        int[] profile = new int[n];
        double[] values = new double[n * q];
        Map<Key, Integer> known = new HashMap<>();
        int words = (p + 63) / 64;
        Key probe = new Key(new long[1 + words]);
        for (int i = 0; i < n; i++) {
            long[] key = probe.words();
            Arrays.fill(key, 0L);
            key[0] = stratum[i];
            for (int e = rows.start(i); e < rows.start(i + 1); e++) {
                int j = rows.column(e);
                if (indicator[j]) {
                    key[1 + j / 64] |= 1L << (j % 64);
                } else {
                    values[i * q + numericOf[j]] = rows.value(e);
                }
            }
            Integer id = known.get(probe);
            if (id == null) {
                id = known.size();
                known.put(new Key(key.clone()), id);
                if (known.size() > max) {
                    return null;
                }
            }
            profile[i] = id;
        }
        return fromKeys(known, profile, numeric, values, p);
    }

    private static RowProfiles fromKeys(Map<Key, Integer> known, int[] profile, int[] numeric, double[] values,
                                        int p) {
        long[][] keys = new long[known.size()][];
        known.forEach((key, id) -> keys[id] = key.words);
        int[] stratum = new int[keys.length];
        int[] start = new int[keys.length + 1];
        int[] columns = new int[keys.length * p];
        int k = 0;
        for (int id = 0; id < keys.length; id++) {
            stratum[id] = (int) keys[id][0];
            for (int j = 0; j < p; j++) {
                if ((keys[id][1 + j / 64] & (1L << (j % 64))) != 0) {
                    columns[k++] = j;
                }
            }
            start[id + 1] = k;
        }
        return new RowProfiles(profile, stratum, start, Arrays.copyOf(columns, k), numeric, values);
    }

    int count() {
        return stratum.length;
    }

    int numericCount() {
        return numeric.length;
    }

    /** A profile's key: its stratum, then the bits of its indicator columns. */
    private record Key(long[] words) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(words, key.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }

        @Override
        public String toString() {
            return Arrays.toString(words);
        }
    }
}
