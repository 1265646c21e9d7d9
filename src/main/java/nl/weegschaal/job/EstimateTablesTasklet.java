package nl.weegschaal.job;

import nl.weegschaal.estimation.TableEstimator;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Estimates every level of every variable for the total and each domain value. */
class EstimateTablesTasklet implements Tasklet {
    private final WeighRun run;

    EstimateTablesTasklet(WeighRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        WeighParameters parameters = WeighParameters.from(contribution.getStepExecution().getJobParameters());
        run.estimates(new TableEstimator(run.design(), parameters.level())
                .estimate(run.estimationTable(), parameters.variables(), parameters.domains()));
        contribution.incrementWriteCount(run.estimates().size());
        return RepeatStatus.FINISHED;
    }
}
