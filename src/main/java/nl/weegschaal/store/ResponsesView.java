package nl.weegschaal.store;

import static nl.weegschaal.store.RunStore.quote;

import java.util.List;
import nl.weegschaal.spec.StratumRule;
import nl.weegschaal.spec.WaveSpec;

/**
 * The SQL of the {@link RunStore#RESPONSES} view: the staged records that can be used, read where the
 * ingest staged them rather than copied. Its columns are {@code input_order}, {@code line},
 * {@code record_number}, {@code id}, {@code mode}, {@code source}, the strata columns as text (a given
 * one decoded, a derived one from its stratum map) and every other field as the code it is staged as
 * ({@link StagedValues} decodes them). Counting on codes and decoding the few counts is far cheaper
 * than writing a million records as text; the text is made once, where it is published
 * ({@link #decodedSql}). A record can be used when the ingest accepted it, each derived stratum placed
 * it and it repeats no earlier establishment ({@value RunStore#REPEATS}).
 */
public final class ResponsesView {
    /** The table of value lists {@link #decodedSql} reads. */
    public static final String VALUE_LISTS = "value_lists";

    private final WaveSpec spec;
    private final String schema;

    /** @param schema the work store's schema as the query sees it: {@code ""}, or {@code "staging."} when attached */
    public ResponsesView(WaveSpec spec, String schema) {
        this.spec = spec;
        this.schema = schema;
    }

    /** Creates (or replaces) the view. */
    String createSql() {
        StringBuilder select = new StringBuilder("CREATE OR REPLACE VIEW " + RunStore.RESPONSES + " AS SELECT "
                + "r.input_order, r.line, r.record_number, r.id, i.mode, i.source");
        StringBuilder from = new StringBuilder(" FROM " + RunStore.STAGED_RESPONSES + " r JOIN " + RunStore.STAGED_INPUTS
                + " i USING (input_order)");
        StringBuilder where = new StringBuilder(" WHERE NOT r.rejected");
        List<String> fields = spec.fields();
        for (int k = 0; k < spec.strata().size(); k++) {
            StratumRule rule = spec.strata().get(k);
            String m = "m" + k;
            if (rule.given()) {
                select.append(", ").append(m).append(".value AS ").append(quote(rule.column()));
                from.append(valueJoin(m, fields.indexOf(rule.from()), "r." + quote(rule.from())));
            } else {
                select.append(", ").append(m).append(".stratum AS ").append(quote(rule.column()));
                from.append(mapJoin(rule, k, m));
                where.append(" AND ").append(m).append(".problem IS NULL");
            }
        }
        for (String field : fields) {
            if (!spec.strataColumns().contains(field)) {
                select.append(", r.").append(quote(field));
            }
        }
        // an anti join, not NOT EXISTS: DuckDB decorrelates NOT EXISTS behind the joins above into a
        // duplicate-eliminating join over every record, which made each scan of the view ~8 times slower
        from.append(" ANTI JOIN ").append(RunStore.REPEATS).append(" p ON p.input_order = r.input_order AND p.line = "
                + "r.line");
        return select.append(from).append(where).toString();
    }

    /** The join of a derived stratum's map ({@code stratum_map_k}) to the staged record {@code r}. */
    static String mapJoin(StratumRule rule, int k, String alias) {
        return " LEFT JOIN " + RunStore.stratumMap(k) + ' ' + alias + " ON " + alias + ".input_order = r.input_order AND "
                + alias + ".code IS NOT DISTINCT FROM r." + quote(rule.from());
    }

    private String valueJoin(String alias, int field, String code) {
        return " LEFT JOIN " + schema + RunStore.STAGED_VALUES + ' ' + alias + " ON " + alias + ".input_order = "
                + "r.input_order AND " + alias + ".field = " + field + " AND " + alias + ".code = " + code;
    }

    /**
     * The records as a wave publishes them, in the order they were read (export, line): id, mode, source,
     * line, then {@link RunStore#responseColumns}: a categorical answer or stratum of its
     * {@link CategoryTypes} type, a numeric question's answer a number. The records are put in order
     * while they are still codes, and each code is then looked up in its export's list of the field's
     * values, which {@link #valueListsSql} makes once, already of the column's type, so that no answer of
     * a million records is made into text or read as a number one by one. The one row of lists is joined
     * once rather than read by a subquery per column and export, which DuckDB plans one by one (the
     * sample's statement in 21 ms instead of 37).
     */
    public String decodedSql(CategoryTypes types) {
        StringBuilder select = new StringBuilder("SELECT r.id, " + types.cast("mode", "r.mode") + " AS mode, "
                + types.cast("source", "r.source") + " AS source, r.line");
        List<String> fields = spec.fields();
        for (String column : RunStore.responseColumns(spec.strataColumns(), fields)) {
            if (spec.strataColumns().contains(column)) {
                select.append(", ").append(types.cast(column, "r." + quote(column))).append(" AS ")
                        .append(quote(column));
            } else {
                StringBuilder v = new StringBuilder("CASE r.input_order");
                for (int input = 0; input < spec.inputs().size(); input++) {
                    v.append(" WHEN ").append(input).append(" THEN v.").append(listColumn(input, fields.indexOf(column)))
                            .append("[r.").append(quote(column)).append(" + 1]");
                }
                select.append(", ").append(v).append(" END AS ").append(quote(column));
            }
        }
        return select.append(" FROM (SELECT * FROM ").append(schema).append(RunStore.RESPONSES)
                .append(" r ORDER BY r.input_order, r.line) r CROSS JOIN ").append(VALUE_LISTS).append(" v").toString();
    }

    /**
     * The temporary table of one row that {@link #decodedSql} looks the codes up in: per export and field
     * that is not a stratum, the list of the field's values ({@link #valuesSql}) of the column's type.
     */
    public String valueListsSql(CategoryTypes types) {
        List<String> fields = spec.fields();
        StringBuilder lists = new StringBuilder();
        for (String column : RunStore.responseColumns(spec.strataColumns(), fields)) {
            if (spec.strataColumns().contains(column)) {
                continue;
            }
            boolean numeric = spec.isNumeric(column);
            for (int input = 0; input < spec.inputs().size(); input++) {
                int field = fields.indexOf(column);
                String list = valuesSql(input, field);
                lists.append(lists.isEmpty() ? "" : ", ")
                        .append(numeric ? "CAST(" + list + " AS DOUBLE[])" : types.castList(column, list))
                        .append(" AS ").append(listColumn(input, field));
            }
        }
        return "CREATE OR REPLACE TEMP TABLE " + VALUE_LISTS + " AS SELECT " + (lists.isEmpty() ? "1 AS none" : lists);
    }

    private static String listColumn(int input, int field) {
        return "i" + input + "_f" + field;
    }

    /**
     * The values of a field in an export, as a list in which code c is at place c + 1 (DuckDB's lists
     * count from 1); a code without a value would be a null there.
     */
    private String valuesSql(int input, int field) {
        String values = schema + RunStore.STAGED_VALUES;
        String of = "input_order = " + input + " AND field = " + field;
        return "(SELECT list(v.value ORDER BY c.code) FROM range((SELECT coalesce(max(code) + 1, 0) FROM " + values
                + " WHERE " + of + ")) c(code) LEFT JOIN " + values + " v ON v." + of.replace(" AND ", " AND v.")
                + " AND v.code = c.code)";
    }
}
