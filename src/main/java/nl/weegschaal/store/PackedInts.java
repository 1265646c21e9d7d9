package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small integer columns read from DuckDB packed into as few {@code BIGINT}s per row as their ranges
 * allow, and unpacked in Java. A JDBC getter costs tens of nanoseconds under the launcher's C1-only JIT
 * whatever it returns, so the getters a row needs, not the bytes, decide how long a million rows take:
 * eight small integers read as two longs took 100 ms instead of 300. Column k holds values in
 * {@code [-1, bound_k)}; it is stored as {@code value + 1} in a field of as many bits as
 * {@code bound_k} needs, the fields filling 63-bit words in order.
 */
final class PackedInts {
    private static final int WORD = 63;
    private final int[] word;
    private final int[] shift;
    private final long[] mask;
    private final List<StringBuilder> words = new ArrayList<>();

    /**
     * @param expressions per column, its SQL
     * @param bounds      per column, one more than its largest value
     */
    PackedInts(List<String> expressions, long[] bounds) {
        int columns = expressions.size();
        word = new int[columns];
        shift = new int[columns];
        mask = new long[columns];
        int used = WORD;
        for (int k = 0; k < columns; k++) {
            int width = Math.max(1, Long.SIZE - Long.numberOfLeadingZeros(bounds[k]));
            if (used + width > WORD) {
                words.add(new StringBuilder());
                used = 0;
            }
            word[k] = words.size() - 1;
            shift[k] = used;
            mask[k] = width == Long.SIZE - 1 ? Long.MAX_VALUE : (1L << width) - 1;
            StringBuilder sql = words.get(word[k]);
            // each field in parentheses: DuckDB's | and << have the same precedence, left to right
            sql.append(sql.isEmpty() ? "" : " | ").append("(((").append(expressions.get(k)).append(") + 1)::BIGINT << ")
                    .append(used).append(')');
            used += width;
        }
    }

    /** The SQL of the packed words, separated by commas. */
    String selectSql() {
        return String.join(", ", words);
    }

    /** The number of packed words, the columns {@link #read} reads. */
    int words() {
        return words.size();
    }

    /** Reads the packed words of the current row, from result column {@code first} on, into {@code into}. */
    void read(ResultSet row, int first, long[] into) throws SQLException {
        for (int w = 0; w < into.length; w++) {
            into[w] = row.getLong(first + w);
        }
    }

    /** Column k's value in the words of a row. */
    long value(long[] words, int k) {
        return ((words[word[k]] >>> shift[k]) & mask[k]) - 1;
    }
}
