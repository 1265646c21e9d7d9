package nl.weegschaal.store;

import static nl.weegschaal.store.RunStore.literal;

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
 * used, a view of the staged records: {@link ResponsesView}) and {@link RunStore#REJECTS} (every
 * problem of every other record: the ingest's, each strata column's, and a repeated establishment, of
 * which the first export in the spec wins). Only the distinct register values are classified in Java
 * ({@code stratum_map_k}); DuckDB joins the classification to the records. Nothing is written per
 * record but the rejects and the repeated establishments ({@value RunStore#REPEATS}), which are few.
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
        store.execute(repeatsSql());
        store.execute("CREATE OR REPLACE TABLE " + RunStore.REJECTS + " AS " + rejectsSql()
                + " ORDER BY input_order, line, problem");
        store.execute(new ResponsesView(spec, "").createSql());
        return counts();
    }

    /**
     * {@code stratum_map_k(input_order, code, value, stratum, problem)}: every distinct value of the
     * rule's register field in every input (by the code it is staged as), placed in a stratum or with
     * the reason why not; a record without the value has a row with a null code.
     */
    private void classifyDistinct(StratumRule rule, int k) throws SQLException {
        store.execute("CREATE OR REPLACE TABLE " + RunStore.stratumMap(k) + " (input_order SMALLINT, code INTEGER, "
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
        try (DuckDBAppender appender = store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                RunStore.stratumMap(k))) {
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
     * {@value RunStore#REPEATS}: every record that repeats the establishment (id) of an earlier record
     * (by export, then line), with where that first record is and whether it is rejected too. Only the
     * records of ids that occur more than once are ordered; a record without an id repeats nothing, and a
     * run that checked its ids record by record ({@code weigh}) has no repeats left to find.
     */
    private String repeatsSql() {
        String create = "CREATE OR REPLACE TABLE " + RunStore.REPEATS + " AS ";
        if (spec.strict()) {
            return create + "SELECT NULL::VARCHAR AS input, NULL::SMALLINT AS input_order, NULL::VARCHAR AS source, "
                    + "NULL::BIGINT AS line, NULL::VARCHAR AS id, NULL::BIGINT AS occurrence, NULL::VARCHAR AS "
                    + "first_source, NULL::BIGINT AS first_line, NULL::BOOLEAN AS first_rejected LIMIT 0";
        }
        return create + "SELECT * FROM (SELECT i.input, r.input_order, i.source, r.line, r.id, row_number() OVER w AS "
                + "occurrence, first_value(i.source) OVER w AS first_source, first_value(r.line) OVER w AS first_line, "
                + "first_value(r.rejected OR " + anyStratumProblem() + ") OVER w AS first_rejected FROM "
                + RunStore.STAGED_RESPONSES + " r JOIN " + RunStore.STAGED_INPUTS + " i USING (input_order)" + mapJoins()
                + " WHERE r.id IN (SELECT id FROM " + RunStore.STAGED_RESPONSES + " WHERE id IS NOT NULL GROUP BY id "
                + "HAVING count(*) > 1) WINDOW w AS (PARTITION BY r.id ORDER BY r.input_order, r.line)) "
                + "WHERE occurrence > 1";
    }

    /** The joins of every derived stratum's map to the staged record {@code r}, as {@code m0}, {@code m1}... */
    private String mapJoins() {
        StringBuilder joins = new StringBuilder();
        for (int k = 0; k < spec.strata().size(); k++) {
            if (!spec.strata().get(k).given()) {
                joins.append(ResponsesView.mapJoin(spec.strata().get(k), k, "m" + k));
            }
        }
        return joins.toString();
    }

    /** Whether a derived stratum could not place the record (with {@link #mapJoins}). */
    private String anyStratumProblem() {
        StringBuilder any = new StringBuilder("false");
        for (int k = 0; k < spec.strata().size(); k++) {
            if (!spec.strata().get(k).given()) {
                any.append(" OR m").append(k).append(".problem IS NOT NULL");
            }
        }
        return any.toString();
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
            sql.append(" UNION ALL SELECT i.input, r.input_order, i.source, r.line, ").append(STRATA_PROBLEMS + k)
                    .append(", r.id, ").append(fieldSql(rule.from())).append(", m.value, m.problem FROM ")
                    .append(RunStore.STAGED_RESPONSES).append(" r JOIN ").append(RunStore.STAGED_INPUTS)
                    .append(" i USING (input_order)").append(ResponsesView.mapJoin(rule, k, "m"))
                    .append(" WHERE m.problem IS NOT NULL");
        }
        return sql.append(" UNION ALL SELECT input, input_order, source, line, ").append(DUPLICATE_PROBLEM)
                .append(", id, ").append(fieldSql("id")).append(", id, 'the establishment is also in ' || "
                        + "first_source || ' line ' || first_line || CASE WHEN first_rejected THEN ', which comes "
                        + "first and is rejected too' ELSE ', which is kept' END FROM " + RunStore.REPEATS)
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
             ResultSet r = s.executeQuery("SELECT i.input, count(*), count(*) FILTER (has_problem), "
                     + "count(*) FILTER (has_problem AND NOT rejected) FROM (SELECT r.input_order, r.rejected, "
                     + "r.rejected OR " + anyStratumProblem() + " OR p.line IS NOT NULL AS has_problem FROM "
                     + RunStore.STAGED_RESPONSES + " r" + mapJoins() + " LEFT JOIN " + RunStore.REPEATS + " p ON "
                     + "p.input_order = r.input_order AND p.line = r.line) c JOIN " + RunStore.STAGED_INPUTS
                     + " i USING (input_order) GROUP BY i.input ORDER BY min(c.input_order)")) {
            while (r.next()) {
                counts.add(new Count(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
            }
        }
        return counts;
    }
}
