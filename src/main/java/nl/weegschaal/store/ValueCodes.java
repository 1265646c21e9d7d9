package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The codes of one input's field values, as the work store stages them: each distinct value of a field
 * gets a number, and the records carry the numbers. Appending a number is several times cheaper than
 * appending its text, and a million records repeat the same few answers; the values are written once
 * each ({@link RunStore#STAGED_VALUES}) and joined back in bulk by DuckDB.
 */
final class ValueCodes {
    private final List<Map<String, Integer>> codes = new ArrayList<>();
    private final List<List<String>> values = new ArrayList<>();
    private final List<Object[]> added = new ArrayList<>();

    ValueCodes(int fields) {
        for (int f = 0; f < fields; f++) {
            codes.add(new HashMap<>());
            values.add(new ArrayList<>());
        }
    }

    /** The number of a field's value, given the next free one when the value is new. */
    int code(int field, String value) {
        Map<String, Integer> known = codes.get(field);
        Integer code = known.get(value);
        if (code == null) {
            code = known.size();
            known.put(value, code);
            values.get(field).add(value);
            added.add(new Object[] {field, code, value});
        }
        return code;
    }

    /** The number of codes a field's values have been given. */
    int count(int field) {
        return values.get(field).size();
    }

    /** The value of a code. */
    String value(int field, int code) {
        return values.get(field).get(code);
    }

    /** Appends the values coded since the last call to {@link RunStore#STAGED_VALUES}, as input {@code order}'s. */
    void stage(DuckDBConnection connection, int order) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, RunStore.STAGED_VALUES)) {
            for (Object[] value : added) {
                appender.beginRow().append((short) order).append((short) (int) (Integer) value[0])
                        .append((int) (Integer) value[1]).append((String) value[2]).endRow();
            }
        }
        added.clear();
    }
}
