package nl.weegschaal.job.wave;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.publish.AtomicOutput;
import nl.weegschaal.publish.RunRecord;
import nl.weegschaal.publish.duckdb.InputsTable;
import nl.weegschaal.publish.duckdb.RunsTable;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.WaveSpec;
import org.duckdb.DuckDBConnection;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the wave's result file from the work store, complete or not at all: {@code estimates},
 * {@code weights}, {@code strata}, {@code responses}, {@code rejects}, {@code weight_diagnostics},
 * {@code codebook}, {@code runs} and {@code inputs}. It is written as the pending result; the next
 * step publishes it together with the workbook made from it.
 */
class PublishWaveTasklet implements Tasklet {
    static final List<String> COPIED = List.of("estimates", "weights", "strata", "weight_diagnostics");
    private final String productVersion;

    PublishWaveTasklet(String productVersion) {
        this.productVersion = productVersion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        WaveSpec spec = WaveParameters.spec(job.getJobParameters());
        Path staging = StagingStore.file(spec.outputDir(), spec.wave()).toAbsolutePath();
        AtomicOutput.write(StagingStore.pendingResult(spec.outputDir(), spec.wave()), file -> {
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
                 Statement statement = connection.createStatement()) {
                statement.execute("ATTACH '" + staging.toString().replace("'", "''") + "' AS staging (READ_ONLY)");
                for (String table : COPIED) {
                    statement.execute("CREATE TABLE " + table + " AS SELECT * FROM staging." + table);
                }
                statement.execute("CREATE TABLE responses AS SELECT * FROM staging." + DeriveStrataTasklet.RESPONSES
                        + " ORDER BY rowid");
                statement.execute("CREATE TABLE rejects AS SELECT source, line, respondent_id, field, value, reason "
                        + "FROM staging." + DeriveStrataTasklet.REJECTS + " ORDER BY input_order, line, problem");
                RunRecord run = run(job, spec, counts(statement));
                statement.execute("DETACH staging");
                DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
                CodebookTable.write(duck, spec);
                RunsTable.write(duck, run);
                InputsTable.write(duck, run);
                statement.execute("CHECKPOINT");
                job.getExecutionContext().put("summary", new LinkedHashMap<>(run.counts()));
            }
        });
        return RepeatStatus.FINISHED;
    }

    private static Map<String, Long> counts(Statement statement) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ResultSet r = statement.executeQuery("SELECT input, count(*) FROM staging." + StagingStore.RESPONSES
                + " GROUP BY input ORDER BY min(input_order)")) {
            while (r.next()) {
                counts.put("n_read_" + r.getString(1), r.getLong(2));
            }
        }
        for (String[] count : new String[][] {{"n_rejected", "(SELECT DISTINCT source, line FROM rejects)"},
                {"n_reject_reasons", "rejects"}, {"n_respondents", "responses"}, {"n_estimates", "estimates"}}) {
            try (ResultSet r = statement.executeQuery("SELECT count(*) FROM " + count[1])) {
                r.next();
                counts.put(count[0], r.getLong(1));
            }
        }
        try (ResultSet r = statement.executeQuery("SELECT count(DISTINCT collapsed_stratum) FILTER (NOT dropped), "
                + "count(*) FILTER (dropped), coalesce(sum(respondents) FILTER (WHERE weight < untrimmed_weight "
                + "* (1 - 1e-12)), 0) FROM strata")) {
            r.next();
            counts.put("n_strata", r.getLong(1));
            counts.put("n_dropped_strata", r.getLong(2));
            counts.put("n_trimmed_respondents", r.getLong(3));
        }
        return counts;
    }

    private RunRecord run(JobExecution job, WaveSpec spec, Map<String, Long> counts) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("wave", spec.wave());
        parameters.put("spec", spec.file().toString());
        parameters.put("method", spec.method().code());
        parameters.put("lonely_psu", spec.lonelyPsu().code());
        parameters.put("level", Double.toString(spec.level()));
        parameters.put("strata", String.join(",", spec.strataColumns()));
        parameters.put("domains", String.join(",", spec.domains()));
        parameters.put("max_reject_share", Double.toString(spec.maxRejectShare()));
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(InputFile.describe("spec", spec.file()));
        inputs.add(InputFile.describe("frame", spec.frame()));
        for (InputSpec input : spec.inputs()) {
            inputs.add(InputFile.describe(input.name(), input.file()));
        }
        LocalDateTime started = job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime();
        return new RunRecord(job.getJobInstance().getInstanceId() + "-" + job.getId(), job.getId(), started,
                LocalDateTime.now(ZoneId.systemDefault()), parameters, inputs, productVersion, counts);
    }
}
