package nl.weegschaal.job.wave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weegschaal.ingest.Reject;
import nl.weegschaal.spec.StratumRule;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.strata.SectorClassification;
import nl.weegschaal.strata.SizeClasses;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Derives each respondent's strata from the register data (SBI code, employees), rejects records
 * whose strata cannot be derived and establishments that occur twice (the first export in the
 * spec wins), writes the {@code responses} and {@code rejects} tables, and stops the run when the
 * share of rejected records is above the spec's limit.
 */
class DeriveStrataTasklet implements Tasklet {
    static final String RESPONSES = "responses";
    static final String REJECTS = "rejects";

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException {
        WaveSpec spec = WaveParameters.spec(contribution.getStepExecution().getJobParameters());
        List<String> fields = spec.fields();
        try (StagingStore store = StagingStore.open(StagingStore.file(spec.outputDir(), spec.wave()))) {
            DuckDBConnection c = store.connection();
            store.execute("CREATE OR REPLACE TABLE " + RESPONSES + " (id VARCHAR, mode VARCHAR, source VARCHAR, "
                    + "line BIGINT, " + spec.strataColumns().stream().map(s -> StagingStore.quote(s) + " VARCHAR, ")
                    .collect(Collectors.joining()) + fields.stream().map(f -> StagingStore.quote(f) + " VARCHAR")
                    .collect(Collectors.joining(", ")) + ")");
            store.execute("CREATE OR REPLACE TABLE " + REJECTS + " AS SELECT * FROM " + StagingStore.REJECTS
                    + " ORDER BY input_order, line");
            long[] counts = derive(store, c, spec, fields);
            contribution.incrementWriteCount(counts[0]);
            contribution.incrementFilterCount(counts[1]);
            checkShare(store, spec);
        }
        return RepeatStatus.FINISHED;
    }

    private long[] derive(StagingStore store, DuckDBConnection c, WaveSpec spec, List<String> fields)
            throws SQLException {
        Map<String, String> seen = new HashMap<>();
        List<Reject> rejects = new ArrayList<>();
        long accepted = 0;
        try (Statement query = c.createStatement();
             ResultSet rows = query.executeQuery("SELECT * FROM " + StagingStore.RESPONSES + " ORDER BY input_order, line");
             DuckDBAppender out = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, RESPONSES)) {
            while (rows.next()) {
                String id = rows.getString("id");
                String source = rows.getString("source");
                long line = rows.getLong("line");
                String[] strata = new String[spec.strata().size()];
                Reject reject = null;
                for (int k = 0; k < strata.length && reject == null; k++) {
                    StratumRule rule = spec.strata().get(k);
                    String value = rows.getString(rule.from());
                    String problem = classify(rule, value, strata, k);
                    if (problem != null) {
                        reject = new Reject(source, line, id, rule.from(), value, problem);
                    }
                }
                String first = seen.putIfAbsent(id, source + " line " + line);
                if (reject == null && first != null) {
                    reject = new Reject(source, line, id, "id", id, "the establishment is also in " + first
                            + ", which is kept");
                }
                if (reject != null) {
                    rejects.add(reject);
                    continue;
                }
                out.beginRow().append(id).append(rows.getString("mode")).append(source).append(line);
                for (String s : strata) {
                    out.append(s);
                }
                for (String field : fields) {
                    String value = rows.getString(field);
                    if (value == null) {
                        out.appendNull();
                    } else {
                        out.append(value);
                    }
                }
                out.endRow();
                accepted++;
            }
        }
        store.appendRejects(REJECTS, "strata", Integer.MAX_VALUE, rejects);
        return new long[] {accepted, rejects.size()};
    }

    /** Puts the stratum value in place and returns null, or returns why it cannot be derived. */
    private static String classify(StratumRule rule, String value, String[] strata, int k) {
        if (rule.sectors() != null) {
            SectorClassification.Result result = rule.sectors().classify(value);
            if (result instanceof SectorClassification.Placed placed) {
                strata[k] = placed.cluster().code();
                return null;
            }
            return ((SectorClassification.Rejected) result).message();
        }
        SizeClasses.Result result = rule.sizes().classify(value);
        if (result instanceof SizeClasses.Placed placed) {
            strata[k] = placed.sizeClass().code();
            return null;
        }
        return ((SizeClasses.Rejected) result).message();
    }

    private static void checkShare(StagingStore store, WaveSpec spec) throws SQLException {
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM " + REJECTS + "), (SELECT count(*) FROM "
                     + RESPONSES + ")")) {
            r.next();
            long rejected = r.getLong(1);
            long total = rejected + r.getLong(2);
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
}
