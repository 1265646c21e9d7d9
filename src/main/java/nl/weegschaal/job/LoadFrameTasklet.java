package nl.weegschaal.job;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.weegschaal.frame.FrameReader;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseTableBuilder;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Reads and validates the population frame, and prepares the response table against it. */
class LoadFrameTasklet implements Tasklet {
    private final WeighRun run;

    LoadFrameTasklet(WeighRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        WeighParameters parameters = WeighParameters.from(contribution.getStepExecution().getJobParameters());
        PopulationFrame frame = FrameReader.read(parameters.frame(), parameters.strata(),
                parameters.frameCountColumn());
        run.frame(frame);
        run.inputs(CompletableFuture.supplyAsync(() -> List.of(InputFile.describe("responses", parameters.responses()),
                InputFile.describe("frame", parameters.frame()))));
        run.responses(new ResponseTableBuilder(parameters.schema(), frame));
        contribution.incrementReadCount(); // frame read as one unit
        return RepeatStatus.FINISHED;
    }
}
