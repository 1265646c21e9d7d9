package nl.weegschaal.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weegschaal.spec.StratumRule;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;

/**
 * The type of each categorical text column a run publishes (the answer to a categorical question, each
 * option of a multiple-response question, a stratum, the mode and the source of a record): an {@code ENUM} of the values it can hold, in text
 * order, instead of text.
 * DuckDB writes a million values of such a column as one small number each, where it analyses,
 * compresses and writes every text (three quarters of the time of writing a million-record wave's
 * responses and weights). A query sees the same text: {@code =} and {@code IN} with any text, {@code
 * LIKE}, {@code ||}, and {@code ORDER BY} in text order, because the values are in text order; R reads
 * the column as a factor.
 *
 * <p>The values come from the small tables the columns are decoded from, so that every value a column
 * holds is one of them by construction: an answer's from its field's values ({@value RunStore#STAGED_VALUES}),
 * a derived stratum's from its map, a given stratum's from its field's values, the mode and the source
 * from {@value RunStore#STAGED_INPUTS}. A column with no values, or with more than {@value #MOST} (free
 * text), stays text, and so do the fields that are not questions (the register's {@code sbi} and
 * {@code employees} as the export gives them); a numeric question's answer is a number.
 */
public final class CategoryTypes {
    static final int MOST = 10_000;

    /** Per column, its type, e.g. {@code ENUM('ja', 'nee')}. */
    private final Map<String, String> types;

    private CategoryTypes(Map<String, String> types) {
        this.types = types;
    }

    /**
     * The types of the run's columns, from its work store.
     *
     * @param schema the work store's schema as the statement sees it: {@code ""}, or {@code "staging."} when attached
     */
    public static CategoryTypes of(Statement store, WaveSpec spec, String schema) throws SQLException {
        List<String> fields = spec.fields();
        Map<Integer, List<String>> values = fieldValues(store, schema);
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (int k = 0; k < spec.strata().size(); k++) {
            StratumRule rule = spec.strata().get(k);
            columns.put(rule.column(), rule.given() ? values.getOrDefault(fields.indexOf(rule.from()), List.of())
                    : list(store, "SELECT list(DISTINCT stratum ORDER BY stratum) FROM " + schema
                            + RunStore.stratumMap(k)));
        }
        for (int f = 0; f < fields.size(); f++) {
            if (spec.isCategorical(fields.get(f))) {
                columns.putIfAbsent(fields.get(f), values.getOrDefault(f, List.of()));
            }
        }
        try (ResultSet r = store.executeQuery("SELECT list(DISTINCT mode ORDER BY mode), list(DISTINCT source "
                + "ORDER BY source) FROM " + schema + RunStore.STAGED_INPUTS)) {
            r.next();
            columns.put("mode", strings(r.getArray(1)));
            columns.put("source", strings(r.getArray(2)));
        }
        Map<String, String> types = new HashMap<>();
        columns.forEach((column, domain) -> {
            if (!domain.isEmpty() && domain.size() <= MOST) {
                types.put(column, domain.stream().map(RunStore::literal)
                        .collect(Collectors.joining(", ", "ENUM(", ")")));
            }
        });
        return new CategoryTypes(types);
    }

    /** {@code expression}, the value of {@code column}, as the column's type; as it is for a column that stays text. */
    public String cast(String column, String expression) {
        String type = types.get(column);
        return type == null ? expression : "CAST(" + expression + " AS " + type + ")";
    }

    /**
     * {@code expression} as the column's type where it is one of the type's values, else null (as
     * {@link #cast}, which fails on a value outside the type): for a table that may hold values no
     * record has, as the design's strata the frame has without respondents.
     */
    public String tryCast(String column, String expression) {
        String type = types.get(column);
        return type == null ? expression : "TRY_CAST(" + expression + " AS " + type + ")";
    }

    /**
     * {@code list}, a list of the values of {@code column}, as a list of the column's type: its elements are
     * then of that type as they are, where a text cast to it would be looked up in the type's values.
     */
    public String castList(String column, String list) {
        String type = types.get(column);
        return type == null ? list : "CAST(" + list + " AS " + type + "[])";
    }

    /** Each field's values (its index), in text order. */
    private static Map<Integer, List<String>> fieldValues(Statement store, String schema) throws SQLException {
        Map<Integer, List<String>> values = new HashMap<>();
        try (ResultSet r = store.executeQuery("SELECT field, list(DISTINCT value ORDER BY value) FROM "
                + schema + RunStore.STAGED_VALUES + " WHERE value IS NOT NULL GROUP BY field")) {
            while (r.next()) {
                values.put(r.getInt(1), strings(r.getArray(2)));
            }
        }
        return values;
    }

    private static List<String> list(Statement store, String sql) throws SQLException {
        try (ResultSet r = store.executeQuery(sql)) {
            return r.next() ? strings(r.getArray(1)) : List.of();
        }
    }

    /** The texts of a list DuckDB gave, without its nulls; none for no list. */
    private static List<String> strings(@Nullable Array array) throws SQLException {
        List<String> strings = new ArrayList<>();
        for (Object value : array == null ? new Object[0] : (Object[]) array.getArray()) {
            if (value != null) {
                strings.add((String) value);
            }
        }
        return strings;
    }
}
