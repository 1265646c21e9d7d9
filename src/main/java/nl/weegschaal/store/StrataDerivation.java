package nl.weegschaal.store;

import static nl.weegschaal.store.RunStore.literal;
import static nl.weegschaal.store.RunStore.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.weegschaal.spec.StratumRule;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SizeClasses;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Derives each staged record's strata from its register data (SBI code, employees; a strata column
 * given as it is stays as it is), and writes {@link RunStore#RESPONSES} (the records that can be
 * used) and {@link RunStore#REJECTS} (every problem of every other record: the ingest's, each strata
 * column's, and a repeated establishment, of which the first export in the spec wins). Only the
 * distinct register values are classified in Java; DuckDB joins the classification to the records.
 */
public final class StrataDerivation {
    /** Problems found here are numbered after the ingest's within their record: strata, then the id. */
    private static final int STRATA_PROBLEMS = 100;
    private static final int DUPLICATE_PROBLEM = 200;

    private final RunStore store;
    private final WaveSpec spec;

    /**
     * One export's records.
     *
     * @param rejectedHere records rejected by the strata, not already by the ingest
     */
    public record Count(String input, long records, long rejected, long rejectedHere) {
    }

    public StrataDerivation(RunStore store, WaveSpec spec) {
        this.store = store;
        this.spec = spec;
    }

    /** Writes the responses and the rejects; returns the counts per export, in spec order. */
    public List<Count> derive() throws SQLException {
        for (int k = 0; k < spec.strata().size(); k++) {
            if (!spec.strata().get(k).given()) {
                classifyDistinct(spec.strata().get(k), k);
            }
        }
        store.execute(checksSql());
        store.execute("CREATE OR REPLACE TABLE " + RunStore.REJECTS + " AS " + rejectsSql()
                + " ORDER BY input_order, line, problem");
        store.execute(responsesSql());
        List<Count> counts = counts();
        store.execute("DROP TABLE checks");
        return counts;
    }

    /**
     * {@code stratum_map_k(input_order, code, value, stratum, problem)}: every distinct value of the
     * rule's register field in every input (by the code it is staged as), placed in a stratum or with
     * the reason why not; a record without the value has a row with a null code.
     */
    private void classifyDistinct(StratumRule rule, int k) throws SQLException {
        store.execute("CREATE OR REPLACE TEMP TABLE stratum_map_" + k + " (input_order SMALLINT, code INTEGER, "
                + "value VARCHAR, stratum VARCHAR, problem VARCHAR)");
        List<Object[]> coded = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT input_order, code, value FROM " + RunStore.STAGED_VALUES
                     + " WHERE field = " + spec.fields().indexOf(rule.from()) + " UNION ALL SELECT input_order, NULL, "
                     + "NULL FROM " + RunStore.STAGED_INPUTS)) {
            while (r.next()) {
                coded.add(new Object[] {r.getShort(1), r.getObject(2), r.getString(3)});
            }
        }
        try (DuckDBAppender appender = store.connection().createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA,
                "stratum_map_" + k)) {
            for (Object[] value : coded) {
                String[] placed = classify(rule, (String) value[2]);
                appender.beginRow().append((Short) value[0]);
                if (value[1] == null) {
                    appender.appendNull();
                } else {
                    appender.append(((Number) value[1]).intValue());
                }
                RunStore.nullable(appender, (String) value[2]);
                RunStore.nullable(appender, placed[0]);
                RunStore.nullable(appender, placed[1]);
                appender.endRow();
            }
        }
    }

    /** {code, null} when the value is placed, {null, why not} otherwise. */
    private static @Nullable String[] classify(StratumRule rule, @Nullable String value) {
        if (rule.sectors() != null) {
            SectorClassification.Result result = rule.sectors().classify(value);
            return result instanceof SectorClassification.Placed placed ? new String[] {placed.cluster().code(), null}
                    : new String[] {null, ((SectorClassification.Rejected) result).message()};
        }
        SizeClasses.Result result = rule.sizes().classify(value);
        return result instanceof SizeClasses.Placed placed ? new String[] {placed.sizeClass().code(), null}
                : new String[] {null, ((SizeClasses.Rejected) result).message()};
    }

    /**
     * What is known of every staged record before it is used: its input, line and id, its strata and
     * each derived strata column's problem, whether it repeats an establishment of an earlier record
     * ({@code occurrence > 1}; a record without an id repeats nothing, and a run that checked its ids
     * record by record has no repeats left to find), and whether it has any problem at all. Narrow on
     * purpose: the records' answers are joined back only for those that are used.
     */
    private String checksSql() {
        StringBuilder columns = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        StringBuilder anyStratumProblem = new StringBuilder("false");
        for (int k = 0; k < spec.strata().size(); k++) {
            StratumRule rule = spec.strata().get(k);
            if (rule.given()) {
                continue; // the staged field is the stratum, joined back with the answers
            }
            String m = "m" + k;
            columns.append(", ").append(m).append(".stratum AS ").append(quote(rule.column())).append(", ").append(m)
                    .append(".value AS value_").append(k).append(", ").append(m).append(".problem AS problem_").append(k);
            joins.append(" LEFT JOIN stratum_map_").append(k).append(' ').append(m).append(" ON ").append(m)
                    .append(".input_order = r.input_order AND ").append(m).append(".code IS NOT DISTINCT FROM r.")
                    .append(quote(rule.from()));
            anyStratumProblem.append(" OR ").append(m).append(".problem IS NOT NULL");
        }
        String repeats = spec.strict() ? "1 AS occurrence, NULL AS first_source, NULL AS first_line, false AS first_rejected"
                : "CASE WHEN r.id IS NULL THEN 1 ELSE row_number() OVER w END AS occurrence, "
                + "first_value(i.source) OVER w AS first_source, first_value(r.line) OVER w AS first_line, "
                + "first_value(r.rejected OR " + anyStratumProblem + ") OVER w AS first_rejected";
        return "CREATE OR REPLACE TEMP TABLE checks AS SELECT *, rejected OR stratum_problem OR occurrence > 1 "
                + "AS has_problem FROM (SELECT i.input, r.input_order, i.source, r.line, r.id, r.rejected" + columns
                + ", " + anyStratumProblem + " AS stratum_problem, " + repeats + " FROM " + RunStore.STAGED_RESPONSES
                + " r JOIN " + RunStore.STAGED_INPUTS + " i USING (input_order)" + joins
                + (spec.strict() ? "" : " WINDOW w AS (PARTITION BY r.id ORDER BY r.input_order, r.line)") + ")";
    }

    /**
     * The records that can be used, with their strata and their answers as text: the coded values
     * joined back to the values they stand for.
     */
    private String responsesSql() {
        StringBuilder select = new StringBuilder("CREATE OR REPLACE TABLE " + RunStore.RESPONSES + " AS SELECT r.id, "
                + "i.mode, i.source, r.line, r.record_number");
        for (StratumRule rule : spec.strata()) {
            if (!rule.given()) {
                select.append(", c.").append(quote(rule.column()));
            }
        }
        StringBuilder joins = new StringBuilder(" FROM " + RunStore.STAGED_RESPONSES + " r JOIN " + RunStore.STAGED_INPUTS
                + " i USING (input_order) JOIN checks c ON c.input_order = r.input_order AND c.line = r.line");
        List<String> fields = spec.fields();
        for (int f = 0; f < fields.size(); f++) {
            String v = "v" + f;
            select.append(", ").append(v).append(".value AS ").append(quote(fields.get(f)));
            joins.append(" LEFT JOIN ").append(RunStore.STAGED_VALUES).append(' ').append(v).append(" ON ").append(v)
                    .append(".input_order = r.input_order AND ").append(v).append(".field = ").append(f).append(" AND ")
                    .append(v).append(".code = r.").append(quote(fields.get(f)));
        }
        return select.append(joins).append(" WHERE NOT c.has_problem ORDER BY r.input_order, r.line").toString();
    }

    /** The ingest's problems, each strata column's, and repeated establishments: one row per problem. */
    private String rejectsSql() {
        StringBuilder sql = new StringBuilder("SELECT input, input_order, source, line, problem, respondent_id, "
                + "field, value, reason FROM " + RunStore.STAGED_REJECTS);
        for (int k = 0; k < spec.strata().size(); k++) {
            StratumRule rule = spec.strata().get(k);
            if (rule.given()) {
                continue;
            }
            sql.append(" UNION ALL SELECT input, input_order, source, line, ").append(STRATA_PROBLEMS + k)
                    .append(", id, ").append(fieldSql(rule.from())).append(", value_").append(k)
                    .append(", problem_").append(k).append(" FROM checks WHERE problem_").append(k)
                    .append(" IS NOT NULL");
        }
        return sql.append(" UNION ALL SELECT input, input_order, source, line, ").append(DUPLICATE_PROBLEM)
                .append(", id, ").append(fieldSql("id")).append(", id, 'the establishment is also in ' || "
                        + "first_source || ' line ' || first_line || CASE WHEN first_rejected THEN ', which comes "
                        + "first and is rejected too' ELSE ', which is kept' END FROM checks WHERE occurrence > 1")
                .toString();
    }

    /** A field as the rejects name it, {@code sbi (SBI2008)}: with the export's own column. */
    private String fieldSql(String field) {
        return "CASE input" + spec.inputs().stream().map(input -> " WHEN " + literal(input.name()) + " THEN "
                + literal(field + " (" + input.columns().get(field) + ")")).collect(Collectors.joining()) + " END";
    }

    /** Per export, in spec order: records read, rejected, and rejected here (not by the ingest). */
    private List<Count> counts() throws SQLException {
        List<Count> counts = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT input, count(*), count(*) FILTER (has_problem), "
                     + "count(*) FILTER (has_problem AND NOT rejected) FROM checks GROUP BY input "
                     + "ORDER BY min(input_order)")) {
            while (r.next()) {
                counts.add(new Count(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
            }
        }
        return counts;
    }
}
