package nl.weegschaal.job.wave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * share of rejected records is above the spec's limit. Only the distinct register values are
 * classified in Java; DuckDB joins the classification to the records in bulk.
 */
class DeriveStrataTasklet implements Tasklet {
    static final String RESPONSES = "responses";
    static final String REJECTS = "rejects";

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException {
        WaveSpec spec = WaveParameters.spec(contribution.getStepExecution().getJobParameters());
        try (StagingStore store = StagingStore.open(StagingStore.file(spec.outputDir(), spec.wave()))) {
            for (int k = 0; k < spec.strata().size(); k++) {
                classifyDistinct(store, spec.strata().get(k), k);
            }
            store.execute(classifiedSql(spec));
            store.execute("CREATE OR REPLACE TABLE " + REJECTS + " AS SELECT * FROM " + StagingStore.REJECTS
                    + " UNION ALL SELECT input, input_order, source, line, id, problem_field, problem_value, problem "
                    + "FROM classified WHERE problem IS NOT NULL ORDER BY input_order, line");
            store.execute("CREATE OR REPLACE TABLE " + RESPONSES + " AS SELECT id, mode, source, line, "
                    + quoted(spec.strataColumns()) + ", " + quoted(spec.fields())
                    + " FROM classified WHERE problem IS NULL ORDER BY input_order, line");
            long[] counts = counts(store);
            store.execute("DROP TABLE classified");
            contribution.incrementWriteCount(counts[1]);
            contribution.incrementFilterCount(counts[2]);
            checkShare(spec, counts[0], counts[0] + counts[1]);
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

    /** Every staged record with its strata and its first problem (strata in spec order, then a repeated id). */
    private static String classifiedSql(WaveSpec spec) {
        StringBuilder columns = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        StringBuilder field = new StringBuilder("CASE");
        StringBuilder value = new StringBuilder("CASE");
        StringBuilder problem = new StringBuilder("coalesce(");
        for (int k = 0; k < spec.strata().size(); k++) {
            StratumRule rule = spec.strata().get(k);
            String from = "r." + StagingStore.quote(rule.from());
            columns.append(", m").append(k).append(".code AS ").append(StagingStore.quote(rule.column()));
            joins.append(" LEFT JOIN stratum_map_").append(k).append(" m").append(k).append(" ON ").append(from)
                    .append(" IS NOT DISTINCT FROM m").append(k).append(".value");
            field.append(" WHEN m").append(k).append(".problem IS NOT NULL THEN '").append(rule.from()).append("'");
            value.append(" WHEN m").append(k).append(".problem IS NOT NULL THEN ").append(from);
            problem.append("m").append(k).append(".problem, ");
        }
        return "CREATE OR REPLACE TEMP TABLE classified AS SELECT r.*" + columns
                + ", " + field + " WHEN r.occurrence > 1 THEN 'id' END AS problem_field"
                + ", " + value + " WHEN r.occurrence > 1 THEN r.id END AS problem_value"
                + ", " + problem + "CASE WHEN r.occurrence > 1 THEN 'the establishment is also in ' || r.first_source"
                + " || ' line ' || r.first_line || ', which is kept' END) AS problem"
                + " FROM (SELECT *, row_number() OVER w AS occurrence, first_value(source) OVER w AS first_source,"
                + " first_value(line) OVER w AS first_line FROM " + StagingStore.RESPONSES
                + " WINDOW w AS (PARTITION BY id ORDER BY input_order, line)) r" + joins;
    }

    private static String quoted(List<String> columns) {
        return columns.stream().map(StagingStore::quote).collect(Collectors.joining(", "));
    }

    /** {all rejected records, accepted records, records rejected by this step}. */
    private static long[] counts(StagingStore store) throws SQLException {
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM " + REJECTS + "), (SELECT count(*) FROM "
                     + RESPONSES + "), (SELECT count(*) FROM classified WHERE problem IS NOT NULL)")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
        }
    }

    private static void checkShare(WaveSpec spec, long rejected, long total) {
        double share = total == 0 ? 0 : (double) rejected / total;
        if (share > spec.maxRejectShare()) {
            throw new RejectLimitException(String.format(Locale.ROOT, "%d of %d records were rejected (%.1f%%), "
                            + "more than the limit of %.1f%% (rejects.max_share in %s); the rejects and their "
                            + "reasons are in table rejects of %s", rejected, total, 100 * share,
                    100 * spec.maxRejectShare(), spec.file().getFileName(),
                    StagingStore.file(spec.outputDir(), spec.wave())));
        }
    }
}
