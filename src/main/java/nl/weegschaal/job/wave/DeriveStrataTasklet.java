package nl.weegschaal.job.wave;

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
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Derives each respondent's strata from the register data (SBI code, employees), rejects records
 * whose strata cannot be derived and establishments that occur twice (the first export in the
 * spec wins), writes the {@code responses} and {@code rejects} tables, and stops the run when the
 * share of rejected records is above the spec's limits or nobody is left to weigh. Every record read
 * is classified, also one the ingest already rejected, so that {@code rejects} holds every problem of
 * a record (one row each). Only the distinct register values are classified in Java; DuckDB joins the
 * classification to the records in bulk.
 */
class DeriveStrataTasklet implements Tasklet {
    static final String RESPONSES = "responses";
    static final String REJECTS = "rejects";
    /** Problems found here are numbered after the ingest's within their record: strata, then the id. */
    private static final int STRATA_PROBLEMS = 100;
    private static final int DUPLICATE_PROBLEM = 200;

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException {
        WaveSpec spec = WaveParameters.spec(contribution.getStepExecution().getJobParameters());
        try (StagingStore store = StagingStore.open(StagingStore.file(spec.outputDir(), spec.wave()))) {
            for (int k = 0; k < spec.strata().size(); k++) {
                classifyDistinct(store, spec.strata().get(k), k);
            }
            store.execute(classifiedSql(spec));
            store.execute("CREATE OR REPLACE TABLE " + REJECTS + " AS " + rejectsSql(spec)
                    + " ORDER BY input_order, line, problem");
            store.execute("CREATE OR REPLACE TABLE " + RESPONSES + " AS SELECT id, mode, source, line, "
                    + quoted(spec.strataColumns()) + ", " + quoted(spec.fields())
                    + " FROM classified WHERE NOT has_problem ORDER BY input_order, line");
            List<RejectLimits.Count> counts = counts(store);
            store.execute("DROP TABLE classified");
            contribution.incrementWriteCount(counts.stream().mapToLong(c -> c.records() - c.rejected()).sum());
            contribution.incrementFilterCount(counts.stream().mapToLong(RejectLimits.Count::rejectedHere).sum());
            new RejectLimits(spec, StagingStore.file(spec.outputDir(), spec.wave())).check(counts);
        }
        return RepeatStatus.FINISHED;
    }

    /** {@code stratum_map_k(value, code, problem)} for every distinct value of the rule's register field. */
    private static void classifyDistinct(StagingStore store, StratumRule rule, int k) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT " + StagingStore.quote(rule.from()) + " FROM "
                     + StagingStore.RESPONSES)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        store.execute("CREATE OR REPLACE TEMP TABLE stratum_map_" + k + " (value VARCHAR, code VARCHAR, problem VARCHAR)");
        try (DuckDBAppender appender = store.connection().createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA,
                "stratum_map_" + k)) {
            for (String value : values) {
                String[] placed = classify(rule, value);
                appender.beginRow();
                for (String cell : new String[] {value, placed[0], placed[1]}) {
                    if (cell == null) {
                        appender.appendNull();
                    } else {
                        appender.append(cell);
                    }
                }
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
     * Every staged record with its strata, the problem of each strata column, and whether it repeats
     * an establishment of an earlier record ({@code occurrence > 1}; a record without an id repeats
     * nothing), and whether it has any problem at all.
     */
    private static String classifiedSql(WaveSpec spec) {
        StringBuilder columns = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        StringBuilder anyStratumProblem = new StringBuilder("false");
        for (int k = 0; k < spec.strata().size(); k++) {
            StratumRule rule = spec.strata().get(k);
            columns.append(", m").append(k).append(".code AS ").append(StagingStore.quote(rule.column()))
                    .append(", m").append(k).append(".problem AS problem_").append(k);
            joins.append(" LEFT JOIN stratum_map_").append(k).append(" m").append(k).append(" ON r.")
                    .append(StagingStore.quote(rule.from())).append(" IS NOT DISTINCT FROM m").append(k).append(".value");
            anyStratumProblem.append(" OR m").append(k).append(".problem IS NOT NULL");
        }
        return "CREATE OR REPLACE TEMP TABLE classified AS SELECT *, rejected OR stratum_problem OR occurrence > 1 "
                + "AS has_problem FROM (SELECT r.*" + columns + ", " + anyStratumProblem + " AS stratum_problem, "
                + "CASE WHEN r.id IS NULL THEN 1 ELSE row_number() OVER w END AS occurrence, "
                + "first_value(r.source) OVER w AS first_source, first_value(r.line) OVER w AS first_line, "
                + "first_value(r.rejected OR " + anyStratumProblem + ") OVER w AS first_rejected "
                + "FROM " + StagingStore.RESPONSES + " r" + joins
                + " WINDOW w AS (PARTITION BY r.id ORDER BY r.input_order, r.line))";
    }

    /** The ingest's problems, each strata column's, and repeated establishments: one row per problem. */
    private static String rejectsSql(WaveSpec spec) {
        StringBuilder sql = new StringBuilder("SELECT input, input_order, source, line, problem, respondent_id, "
                + "field, value, reason FROM " + StagingStore.REJECTS);
        for (int k = 0; k < spec.strata().size(); k++) {
            String from = spec.strata().get(k).from();
            sql.append(" UNION ALL SELECT input, input_order, source, line, ").append(STRATA_PROBLEMS + k)
                    .append(", id, ").append(fieldSql(spec, from)).append(", ").append(StagingStore.quote(from))
                    .append(", problem_").append(k).append(" FROM classified WHERE problem_").append(k)
                    .append(" IS NOT NULL");
        }
        return sql.append(" UNION ALL SELECT input, input_order, source, line, ").append(DUPLICATE_PROBLEM)
                .append(", id, ").append(fieldSql(spec, "id")).append(", id, 'the establishment is also in ' || "
                        + "first_source || ' line ' || first_line || CASE WHEN first_rejected THEN ', which comes "
                        + "first and is rejected too' ELSE ', which is kept' END FROM classified WHERE occurrence > 1")
                .toString();
    }

    /** A field as the rejects name it, {@code sbi (SBI2008)}: with the export's own column. */
    private static String fieldSql(WaveSpec spec, String field) {
        return "CASE input" + spec.inputs().stream().map(input -> " WHEN " + literal(input.name()) + " THEN "
                + literal(field + " (" + input.columns().get(field) + ")")).collect(Collectors.joining()) + " END";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String quoted(List<String> columns) {
        return columns.stream().map(StagingStore::quote).collect(Collectors.joining(", "));
    }

    /** Per export, in spec order: records read, rejected, and rejected by this step (not by the ingest). */
    private static List<RejectLimits.Count> counts(StagingStore store) throws SQLException {
        List<RejectLimits.Count> counts = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT input, count(*), count(*) FILTER (has_problem), "
                     + "count(*) FILTER (has_problem AND NOT rejected) FROM classified GROUP BY input "
                     + "ORDER BY min(input_order)")) {
            while (r.next()) {
                counts.add(new RejectLimits.Count(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
            }
        }
        return counts;
    }
}
