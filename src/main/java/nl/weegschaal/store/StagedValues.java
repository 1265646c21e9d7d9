package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * How to read a column of the {@link RunStore#RESPONSES} view in Java: a strata column holds its text, every
 * other field the code it is staged as in its export ({@link RunStore#STAGED_VALUES}, read once, a few
 * thousand values at most). Counts grouped on codes are decoded with it, so that DuckDB counts numbers
 * and never the text of a million records.
 */
public final class StagedValues {
    private final List<String> strataColumns;
    private final List<String> fields;
    /** Per {@code input_order * fields + field}: the values by code. */
    private final Map<Integer, List<String>> values = new HashMap<>();

    private StagedValues(List<String> strataColumns, List<String> fields) {
        this.strataColumns = strataColumns;
        this.fields = fields;
    }

    /** The staged values of a run. */
    public static StagedValues read(RunStore store, WaveSpec spec) throws SQLException {
        StagedValues staged = new StagedValues(spec.strataColumns(), spec.fields());
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT input_order, field, code, value FROM " + RunStore.STAGED_VALUES)) {
            while (r.next()) {
                List<String> byCode = staged.values.computeIfAbsent(staged.key(r.getInt(1), r.getInt(2)),
                        k -> new ArrayList<>());
                int code = r.getInt(3);
                while (byCode.size() <= code) {
                    byCode.add(null);
                }
                byCode.set(code, r.getString(4));
            }
        }
        return staged;
    }

    private int key(int inputOrder, int field) {
        return inputOrder * fields.size() + field;
    }

    /** Whether a column of the view holds codes (a field that is no strata column) rather than text. */
    public boolean coded(String column) {
        return !strataColumns.contains(column);
    }

    /**
     * The text of a column in a row of a query: the value itself for a strata column, the value its code
     * stands for in the row's export otherwise.
     *
     * @param index the column's index in the row (JDBC, from 1)
     */
    public @Nullable String text(String column, ResultSet row, int index, int inputOrder) throws SQLException {
        if (!coded(column)) {
            return row.getString(index);
        }
        int code = row.getInt(index);
        return row.wasNull() ? null : values.get(key(inputOrder, fields.indexOf(column))).get(code);
    }

    /**
     * An SQL condition that the view's column (in the row {@code r}) holds the value: its text, or the code
     * the value has in the row's export; false in exports that never had it.
     */
    public String holdsSql(String column, String value) {
        String quoted = "r." + RunStore.quote(column);
        if (!coded(column)) {
            return quoted + " = " + RunStore.literal(value);
        }
        int field = fields.indexOf(column);
        StringBuilder sql = new StringBuilder("CASE r.input_order");
        values.forEach((key, byCode) -> {
            int code = key % fields.size() == field ? byCode.indexOf(value) : -1;
            if (code >= 0) {
                sql.append(" WHEN ").append(key / fields.size()).append(" THEN ").append(quoted).append(" = ")
                        .append(code);
            }
        });
        // no export has the value: a CASE without a WHEN is not SQL
        return sql.indexOf(" WHEN ") < 0 ? "false" : sql.append(" ELSE false END").toString();
    }
}
