package nl.weegschaal.job.wave;

import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.TableEstimator;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.publish.duckdb.EstimatesTable;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Estimates every question of the codebook (with derived levels and options) for the total and each domain. */
class WaveEstimatesTasklet implements Tasklet {
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        WaveSpec spec = WaveParameters.spec(contribution.getStepExecution().getJobParameters());
        PopulationFrame frame = WaveData.frame(spec);
        try (StagingStore store = StagingStore.open(StagingStore.file(spec.outputDir(), spec.wave()))) {
            ResponseTable table = WaveData.read(store.connection(), WaveData.schema(spec), frame);
            List<Estimate> estimates = new TableEstimator(WaveData.weigh(spec, table, frame), spec.level())
                    .estimateTargets(table, WaveData.targets(spec), spec.domains());
            EstimatesTable.write(store.connection(), estimates);
            contribution.incrementWriteCount(estimates.size());
        }
        return RepeatStatus.FINISHED;
    }
}
