package nl.weegschaal.job;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.publish.RunRecord;
import nl.weegschaal.publish.duckdb.DuckDbResultWriter;
import nl.weegschaal.publish.duckdb.WeighResult;
import nl.weegschaal.weighting.WeightDiagnostics;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the run's DuckDB result file atomically (with the weight diagnostics of the total and each
 * domain) and records a summary in the job's context.
 */
class WriteResultsTasklet implements Tasklet {
    static final String RESPONDENTS = "n_respondents";
    static final String STRATA = "n_strata";
    static final String DROPPED = "n_dropped_strata";
    static final String ESTIMATES = "n_estimates";
    static final String TRIMMED = "n_trimmed_respondents";

    private final WeighRun run;
    private final DuckDbResultWriter writer;
    private final String productVersion;

    WriteResultsTasklet(WeighRun run, DuckDbResultWriter writer, String productVersion) {
        this.run = run;
        this.writer = writer;
        this.productVersion = productVersion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        WeighParameters parameters = WeighParameters.from(job.getJobParameters());
        List<InputFile> inputs = run.inputs();
        RunRecord record = new RunRecord(parameters.runId(), job.getId(), run.startedAt(), LocalDateTime.now(),
                parameters.asMap(), inputs, productVersion, Map.of(RESPONDENTS, (long) run.table().size(),
                STRATA, (long) run.design().strataCount(), DROPPED, (long) run.table().droppedStrata().size(),
                ESTIMATES, (long) run.estimates().size(), TRIMMED, run.weighted().trimmedRespondents()));
        writer.write(parameters.out(), new WeighResult(record, parameters.idColumn(), run.frame(), run.table(),
                run.weighted(), run.estimates()),
                WeightDiagnostics.of(run.design(), run.estimationTable(), parameters.domains()));
        ExecutionContext summary = job.getExecutionContext();
        record.counts().forEach(summary::putLong);
        return RepeatStatus.FINISHED;
    }
}
