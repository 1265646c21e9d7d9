package nl.weegschaal.job;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.publish.AtomicOutput;
import nl.weegschaal.publish.Reweighting;
import nl.weegschaal.publish.RunRecord;
import nl.weegschaal.publish.duckdb.InputsTable;
import nl.weegschaal.publish.duckdb.LabelledViews;
import nl.weegschaal.publish.duckdb.RunsTable;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.CategoryTypes;
import nl.weegschaal.store.ResponsesView;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.store.WeightsSelect;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the run's result file from the work store, complete or not at all: {@code estimates},
 * {@code weights}, {@code strata}, {@code weight_diagnostics}, {@code runs} and {@code inputs}, and for
 * a wave also {@code responses}, {@code rejects}, {@code codebook} and the labelled views an analyst
 * queries ({@link LabelledViews}). A run with a workbook writes it
 * as the pending result, which the next step publishes together with the workbook made from it; a
 * run without one ({@code weigh}) writes the result in place.
 */
class PublishTasklet implements Tasklet {
    static final List<String> COPIED = List.of(RunStore.ESTIMATES, RunStore.WEIGHTS, RunStore.STRATA,
            RunStore.WEIGHT_DIAGNOSTICS);
    /** The work store as publish reads it ({@link ResultConnection}). */
    private static final String STAGING = RunStore.STAGING + ".";
    private final RunContext run;
    private final String productVersion;

    PublishTasklet(RunContext run, String productVersion) {
        this.run = run;
        this.productVersion = productVersion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        WaveSpec spec = run.spec();
        // the inputs' checksums (a read of every export) are taken while DuckDB writes the result
        CompletableFuture<List<InputFile>> inputs = CompletableFuture.supplyAsync(() -> describeInputs(spec,
                job.getJobParameters()));
        AtomicOutput.write(spec.workbook() == null ? spec.result() : run.pendingResult(), file -> {
            try (ResultConnection result = ResultConnection.open(run, file);
                 Statement statement = result.connection().createStatement()) {
                CategoryTypes types = CategoryTypes.of(statement, spec, STAGING);
                for (String table : COPIED) {
                    statement.execute("CREATE TABLE " + table + " AS " + (table.equals(RunStore.WEIGHTS)
                            ? new WeightsSelect(spec, STAGING, types).sql() : "SELECT * FROM " + STAGING + table));
                }
                if (spec.weighting().calibration() != null) {
                    statement.execute("CREATE TABLE " + RunStore.CALIBRATION + " AS SELECT * FROM " + STAGING
                            + RunStore.CALIBRATION);
                }
                if (spec.file() != null) {
                    copyRecords(statement, spec, types);
                }
                Map<String, Long> counts = ResultCounts.of(statement, spec);
                RunReweighting reweighting = RunReweighting.of(statement, spec);
                counts.put("n_trimmed_respondents", reweighting.trimmedRespondents());
                RunRecord record = record(job, spec, InputFile.joined(inputs), counts, reweighting.reweighting());
                result.detachStaging();
                DuckDBConnection duck = result.connection();
                if (spec.file() != null) {
                    CodebookTable.write(duck, spec);
                    LabelledViews.create(duck, spec);
                }
                RunsTable.write(duck, record);
                InputsTable.write(duck, record);
                statement.execute("CHECKPOINT");
                job.getExecutionContext().put("summary", new LinkedHashMap<>(record.counts()));
            }
        });
        return RepeatStatus.FINISHED;
    }

    /**
     * A wave's harmonised records with their strata, their answers as text (the work store keeps them as
     * codes; the categorical ones of their {@link CategoryTypes}), and every problem of the records it could
     * not use.
     */
    private static void copyRecords(Statement statement, WaveSpec spec, CategoryTypes types) throws SQLException {
        ResponsesView responses = new ResponsesView(spec, STAGING);
        statement.execute(responses.valueListsSql(types));
        statement.execute("CREATE TABLE " + RunStore.RESPONSES + " AS " + responses.decodedSql(types));
        statement.execute("DROP TABLE " + ResponsesView.VALUE_LISTS);
        statement.execute("CREATE TABLE " + RunStore.REJECTS + " AS SELECT source, line, respondent_id, field, value, "
                + "reason FROM " + STAGING + RunStore.REJECTS + " ORDER BY input_order, line, problem");
    }

    /**
     * The spec, the frame, every export and the calibration totals, each with its size and checksum. A
     * wave's run records the checksums it was started on, its identity, which were taken of these files
     * at its start: they are not taken a second time (at a million records, reading the exports again
     * took longer than a second of the publish step).
     */
    private static List<InputFile> describeInputs(WaveSpec spec, JobParameters parameters) {
        List<InputFile> inputs = new ArrayList<>();
        if (spec.file() != null) {
            inputs.add(describe("spec", spec.file(), WaveParameters.checksum(parameters, "spec")));
        }
        for (InputSpec input : spec.inputs()) {
            inputs.add(describe(input.name(), input.file(), WaveParameters.checksum(parameters, input)));
        }
        inputs.add(spec.file() == null ? inputs.size() : 1,
                describe("frame", spec.frame(), WaveParameters.checksum(parameters, "frame")));
        if (spec.weighting().calibration() != null) {
            inputs.add(InputFile.describe("calibration totals", spec.weighting().calibration().totals()));
        }
        return inputs;
    }

    private static InputFile describe(String role, Path file, @Nullable String checksum) {
        return checksum == null ? InputFile.describe(role, file) : InputFile.of(role, file, checksum);
    }

    private RunRecord record(JobExecution job, WaveSpec spec, List<InputFile> inputs, Map<String, Long> counts,
                             Reweighting reweighting) {
        LocalDateTime started = job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime();
        return new RunRecord(job.getJobInstance().getInstanceId() + "-" + job.getId(), job.getId(), started,
                LocalDateTime.now(ZoneId.systemDefault()), spec.parameters(), inputs, productVersion, counts,
                reweighting);
    }
}
