package nl.weegschaal.job;

import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Registers the wave in the catalog of its output folder ({@code waves.duckdb}), once its result and workbook
 * are published: one transaction that replaces an earlier registration of the wave. A run killed or failed
 * here restarts at this step, whose result is already in place; registering again gives the same catalog.
 */
class RegisterWaveTasklet implements Tasklet {
    private final RunContext run;

    RegisterWaveTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        WaveSpec spec = run.spec();
        WaveCatalogs.of(spec).register(WaveCatalogs.info(spec), spec.result());
        return RepeatStatus.FINISHED;
    }
}
