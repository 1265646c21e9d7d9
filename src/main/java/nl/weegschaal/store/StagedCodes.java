package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every code of a coded field stands for, per export, read once from the few thousand rows of
 * {@link RunStore#STAGED_VALUES}: its text, its number as DuckDB's {@code TRY_CAST(value AS DOUBLE)}
 * gives it (NaN: none), and whether it is text that is no number (neither missing, blank nor a
 * number). DuckDB decodes the values themselves, so that a per-respondent read needs to carry only the
 * codes of a million records and the meaning of a code is DuckDB's, as when the records were joined
 * to their values.
 */
final class StagedCodes {
    /** One field's codes in one export, indexed by code. */
    record Codes(@Nullable String[] text, double[] number, boolean[] notNumber) {
        int size() {
            return text.length;
        }
    }

    private static final Codes NONE = new Codes(new String[0], new double[0], new boolean[0]);
    private final Map<Long, Codes> byExportAndField = new HashMap<>();

    private StagedCodes() {
    }

    /** The codes of every field of every export of a run's work store. */
    static StagedCodes read(RunStore store) throws SQLException {
        StagedCodes codes = new StagedCodes();
        Map<Long, Map<Integer, Object[]>> rows = new HashMap<>();
        int[] largest = {0};
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT input_order, field, code, value, TRY_CAST(value AS DOUBLE), "
                     + "coalesce(value IS NOT NULL AND trim(value) <> '' AND TRY_CAST(value AS DOUBLE) IS NULL, false) "
                     + "FROM " + RunStore.STAGED_VALUES + " WHERE code >= 0")) {
            while (r.next()) {
                double number = r.getDouble(5);
                Object[] row = {r.getString(4), r.wasNull() ? Double.NaN : number, r.getBoolean(6)};
                rows.computeIfAbsent(key(r.getInt(1), r.getInt(2)), k -> new HashMap<>()).put(r.getInt(3), row);
            }
        }
        rows.forEach((key, byCode) -> codes.byExportAndField.put(key, codes(byCode)));
        return codes;
    }

    private static Codes codes(Map<Integer, Object[]> byCode) {
        int size = byCode.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        String[] text = new String[size];
        double[] number = new double[size];
        boolean[] notNumber = new boolean[size];
        java.util.Arrays.fill(number, Double.NaN);
        byCode.forEach((code, row) -> {
            text[code] = (String) row[0];
            number[code] = (Double) row[1];
            notNumber[code] = (Boolean) row[2];
        });
        return new Codes(text, number, notNumber);
    }

    /** The codes of a field (its index among the spec's fields) in an export; none when it staged none. */
    Codes of(int inputOrder, int field) {
        return byExportAndField.getOrDefault(key(inputOrder, field), NONE);
    }

    private static long key(int inputOrder, int field) {
        return ((long) inputOrder << 32) | (field & 0xffffffffL);
    }
}
