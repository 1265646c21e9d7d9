package nl.weegschaal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes of one input's field values, as the work store stages them: each distinct value of a field
 * gets a number, and the records carry the numbers. Appending a number is several times cheaper than
 * appending its text, and a million records repeat the same few answers; the values are written once
 * each ({@link RunStore#STAGED_VALUES}) and joined back in bulk by DuckDB.
 */
final class ValueCodes {
    private final List<Map<String, Integer>> codes = new ArrayList<>();
    private final List<Object[]> added = new ArrayList<>();

    ValueCodes(int fields) {
        for (int f = 0; f < fields; f++) {
            codes.add(new HashMap<>());
        }
    }

    /** The number of a field's value, given the next free one when the value is new. */
    int code(int field, String value) {
        Map<String, Integer> known = codes.get(field);
        Integer code = known.get(value);
        if (code == null) {
            code = known.size();
            known.put(value, code);
            added.add(new Object[] {field, code, value});
        }
        return code;
    }

    /** The values coded since the last call: {field, code, value} each. */
    List<Object[]> takeAdded() {
        List<Object[]> taken = new ArrayList<>(added);
        added.clear();
        return taken;
    }
}
