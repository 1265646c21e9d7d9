package nl.weegschaal.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.publish.AtomicOutput;
import nl.weegschaal.OutputException;
import nl.weegschaal.publish.xlsx.SummaryWorkbook;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes a run with a workbook: writes the report writers' workbook {@code <output>/<wave>.xlsx} from the
 * pending result, in the spec's language, then moves the pending result to {@code <wave>.duckdb}.
 * Until this step the output folder shows the earlier run's result and workbook, side by side; a
 * failure or a kill here leaves at most a new workbook beside the earlier result for the moment
 * between two renames, and a restart of this step publishes both again (from the pending result,
 * or from the published one when only the step's own completion was lost).
 */
class PublishWorkbookTasklet implements Tasklet {
    private final RunContext run;

    PublishWorkbookTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        WaveSpec spec = run.spec();
        if (spec.workbook() == null) {
            return RepeatStatus.FINISHED; // a run without a workbook published its result in place
        }
        Path pending = run.pendingResult();
        boolean published = !Files.exists(pending);
        SummaryWorkbook.write(spec, published ? spec.result() : pending, spec.workbook(),
                spec.publication().language());
        if (!published) {
            move(pending, spec.result());
        }
        return RepeatStatus.FINISHED;
    }

    private static void move(Path from, Path to) {
        try {
            AtomicOutput.move(from, to);
        } catch (IOException e) {
            throw new OutputException("cannot move the finished result " + from + " to " + to + ": " + e
                    + "; the earlier result was left as it was", e);
        }
    }
}
