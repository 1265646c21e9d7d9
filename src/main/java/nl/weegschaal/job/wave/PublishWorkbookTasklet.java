package nl.weegschaal.job.wave;

import nl.weegschaal.publish.xlsx.SummaryWorkbook;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the report writers' workbook {@code <output>/<wave>.xlsx} from the published result file, in
 * the spec's language, complete or not at all.
 */
class PublishWorkbookTasklet implements Tasklet {
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        WaveSpec spec = WaveParameters.spec(contribution.getStepExecution().getJobParameters());
        SummaryWorkbook.write(spec, spec.result(), spec.workbook(), spec.publication().language());
        return RepeatStatus.FINISHED;
    }
}
