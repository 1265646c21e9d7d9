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
        store.execute(classifiedSql());
        store.execute("CREATE OR REPLACE TABLE " + RunStore.REJECTS + " AS " + rejectsSql()
                + " ORDER BY input_order, line, problem");
        store.execute("CREATE OR REPLACE TABLE " + RunStore.RESPONSES + " AS SELECT id, mode, source, line, "
                + "record_number, " + RunStore.quoted("", RunStore.responseColumns(spec.strataColumns(), spec.fields()))
                + " FROM classified WHERE NOT has_problem ORDER BY input_order, line");
        List<Count> counts = counts();
        store.execute("DROP TABLE classified");
        return counts;
    }

    /** {@code stratum_map_k(value, code, problem)} for every distinct value of the rule's register field. */
    private void classifyDistinct(StratumRule rule, int k) throws SQLException {
        List<String> values = store.strings("SELECT DISTINCT " + quote(rule.from()) + " FROM "
                + RunStore.STAGED_RESPONSES);
        store.execute("CREATE OR REPLACE TEMP TABLE stratum_map_" + k + " (value VARCHAR, code VARCHAR, problem VARCHAR)");
        try (DuckDBAppender appender = store.connection().createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA,
                "stratum_map_" + k)) {
            for (String value : values) {
                String[] placed = classify(rule, value);
                appender.beginRow();
                RunStore.nullable(appender, value);
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
     * Every staged record with its strata, the problem of each derived strata column, and whether it
     * repeats an establishment of an earlier record ({@code occurrence > 1}; a record without an id
     * repeats nothing), and whether it has any problem at all.
     */
    private String classifiedSql() {
        StringBuilder columns = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        StringBuilder anyStratumProblem = new StringBuilder("false");
        for (int k = 0; k < spec.strata().size(); k++) {
            StratumRule rule = spec.strata().get(k);
            if (rule.given()) {
                continue; // the staged column is the stratum
            }
            columns.append(", m").append(k).append(".code AS ").append(quote(rule.column()))
                    .append(", m").append(k).append(".problem AS problem_").append(k);
            joins.append(" LEFT JOIN stratum_map_").append(k).append(" m").append(k).append(" ON r.")
                    .append(quote(rule.from())).append(" IS NOT DISTINCT FROM m").append(k).append(".value");
            anyStratumProblem.append(" OR m").append(k).append(".problem IS NOT NULL");
        }
        return "CREATE OR REPLACE TEMP TABLE classified AS SELECT *, rejected OR stratum_problem OR occurrence > 1 "
                + "AS has_problem FROM (SELECT r.*" + columns + ", " + anyStratumProblem + " AS stratum_problem, "
                + "CASE WHEN r.id IS NULL THEN 1 ELSE row_number() OVER w END AS occurrence, "
                + "first_value(r.source) OVER w AS first_source, first_value(r.line) OVER w AS first_line, "
                + "first_value(r.rejected OR " + anyStratumProblem + ") OVER w AS first_rejected "
                + "FROM " + RunStore.STAGED_RESPONSES + " r" + joins
                + " WINDOW w AS (PARTITION BY r.id ORDER BY r.input_order, r.line))";
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
                    .append(", id, ").append(fieldSql(rule.from())).append(", ").append(quote(rule.from()))
                    .append(", problem_").append(k).append(" FROM classified WHERE problem_").append(k)
                    .append(" IS NOT NULL");
        }
        return sql.append(" UNION ALL SELECT input, input_order, source, line, ").append(DUPLICATE_PROBLEM)
                .append(", id, ").append(fieldSql("id")).append(", id, 'the establishment is also in ' || "
                        + "first_source || ' line ' || first_line || CASE WHEN first_rejected THEN ', which comes "
                        + "first and is rejected too' ELSE ', which is kept' END FROM classified WHERE occurrence > 1")
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
                     + "count(*) FILTER (has_problem AND NOT rejected) FROM classified GROUP BY input "
                     + "ORDER BY min(input_order)")) {
            while (r.next()) {
                counts.add(new Count(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
            }
        }
        return counts;
    }
}
