package nl.weegschaal.job;

import java.util.List;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.store.StrataDerivation;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Derives each respondent's strata from the register data and writes the {@code responses} and
 * {@code rejects} of the run ({@link StrataDerivation}), then stops the run when the share of rejected
 * records is above the spec's limits or nobody is left to weigh ({@link RejectLimits}).
 */
class DeriveStrataTasklet implements Tasklet {
    private final RunContext run;

    DeriveStrataTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        try (RunStore store = run.store()) {
            List<StrataDerivation.Count> counts = new StrataDerivation(store, run.spec()).derive();
            contribution.incrementWriteCount(counts.stream().mapToLong(c -> c.records() - c.rejected()).sum());
            contribution.incrementFilterCount(counts.stream().mapToLong(StrataDerivation.Count::rejectedHere).sum());
            new RejectLimits(run.spec(), run.inMemory() ? null : run.workFile()).check(counts);
        }
        return RepeatStatus.FINISHED;
    }
}
