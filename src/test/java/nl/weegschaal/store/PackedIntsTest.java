package nl.weegschaal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Columns packed by DuckDB into words and unpacked in Java come back as they were: -1 (missing), 0 and
 * each column's largest value, in fields of one bit up to one that fills a word, over several words.
 */
class PackedIntsTest {
    /** Per column: its bound (one more than its largest value). */
    private static final long[] BOUNDS = {1, 2, 48, 3, 1_000_001, 40_000, (1L << 61) + 5, 17, 0};

    @Test
    void everyValueComesBackAsItWasInTheFewestWords() throws Exception {
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < BOUNDS.length; k++) {
            columns.add("c" + k);
        }
        PackedInts packed = new PackedInts(columns, BOUNDS);
        assertThat(packed.words()).as("1+2+6+2+20+16 bits, then 62, then 5+1").isEqualTo(3);
        long[][] rows = {row(-1), row(0), largest(), {0, -1, 47, 2, 12345, -1, 987_654_321_012L, 16, -1}};
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = connection.createStatement()) {
            StringBuilder values = new StringBuilder();
            for (long[] row : rows) {
                values.append(values.isEmpty() ? "" : ", ").append('(');
                for (int k = 0; k < row.length; k++) {
                    values.append(k == 0 ? "" : ", ").append(row[k] < 0 ? "NULL" : Long.toString(row[k]));
                }
                values.append(')');
            }
            s.execute("CREATE TABLE t AS SELECT * FROM (VALUES " + values + ") v(" + String.join(", ", columns) + ")");
            List<String> missingAsMinusOne = columns.stream().map(c -> "coalesce(" + c + ", -1)").toList();
            PackedInts fromTable = new PackedInts(missingAsMinusOne, BOUNDS);
            try (ResultSet r = s.executeQuery("SELECT " + fromTable.selectSql() + " FROM t")) {
                long[] words = new long[fromTable.words()];
                for (long[] row : rows) {
                    assertThat(r.next()).isTrue();
                    fromTable.read(r, 1, words);
                    for (int k = 0; k < row.length; k++) {
                        assertThat(fromTable.value(words, k)).as("column %d", k).isEqualTo(row[k]);
                    }
                }
            }
        }
    }

    /** Every column {@code value}, but the one without values, which is missing. */
    private static long[] row(long value) {
        long[] row = new long[BOUNDS.length];
        java.util.Arrays.fill(row, value);
        row[BOUNDS.length - 1] = -1;
        return row;
    }

    /** Each column's largest value (bound - 1; -1 for a column with no values). */
    private static long[] largest() {
        long[] row = new long[BOUNDS.length];
        for (int k = 0; k < row.length; k++) {
            row[k] = BOUNDS[k] - 1;
        }
        return row;
    }
}
