package nl.weegschaal.job;

import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.weighting.WeightedStrata;
import nl.weegschaal.weighting.SampleStrata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Checks the sample against the frame and forms the weights by the run's method. */
class ComputeWeightsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeWeightsTasklet.class);
    private final WeighRun run;

    ComputeWeightsTasklet(WeighRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        WeighParameters parameters = WeighParameters.from(contribution.getStepExecution().getJobParameters());
        ResponseTable table = run.responses().build();
        if (table.size() == 0) {
            throw new nl.weegschaal.ingest.InputFileException(parameters.responses() + ": the file has a header but no respondents");
        }
        WeightedStrata weighted = WeightedStrata.weigh(parameters.method(), parameters.lonelyPsu(), parameters.trim(),
                parameters.strata(), SampleStrata.of(table, run.frame()),
                SampleStrata.empty(table.droppedStrata(), run.frame()), parameters.collapse());
        if (!weighted.droppedStrata().isEmpty()) {
            LOG.warn("{} frame strata have no respondents and are dropped (they are not in any total): {}",
                    weighted.droppedStrata().size(), weighted.droppedStrata());
        }
        if (weighted.collapsed()) {
            LOG.info("{} strata collapsed into {}", weighted.originals().size() - weighted.droppedStrata().size(),
                    weighted.design().strataCount());
        }
        run.table(table);
        run.weighted(weighted);
        return RepeatStatus.FINISHED;
    }
}
