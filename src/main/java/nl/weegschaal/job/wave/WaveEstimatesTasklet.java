package nl.weegschaal.job.wave;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.EstimationTarget;
import nl.weegschaal.estimation.ProportionEstimator;
import nl.weegschaal.publish.duckdb.EstimatesTable;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Estimates every question of the codebook (with derived levels and options) for the total and
 * each domain, from per-stratum counts that DuckDB makes of the {@code responses} table.
 */
class WaveEstimatesTasklet implements Tasklet {
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        WaveSpec spec = WaveParameters.spec(contribution.getStepExecution().getJobParameters());
        try (StagingStore store = StagingStore.open(StagingStore.file(spec.outputDir(), spec.wave()))) {
            WaveDesign wave = WaveDesign.of(spec, WaveData.frame(spec), store.connection());
            wave.writeIndex(store.connection());
            ProportionEstimator estimator = new ProportionEstimator(wave.design(), spec.level());
            SqlTallies tallies = new SqlTallies(store.connection(), spec.strataColumns(), wave.design().strataCount());
            List<Estimate> estimates = new ArrayList<>();
            for (EstimationTarget target : WaveData.targets(spec)) {
                List<String> domains = new ArrayList<>();
                domains.add(null);
                domains.addAll(spec.domains());
                for (String domain : domains) {
                    SqlTallies.Tallies t = target instanceof EstimationTarget.Single single
                            ? tallies.single(single, domain) : tallies.multiple((EstimationTarget.Multiple) target, domain);
                    for (int d = 0; d < t.domainValues().size(); d++) {
                        estimates.addAll(estimator.estimate(target.variable(), t.labels(),
                                domain == null ? Estimate.TOTAL : domain, t.domainValues().get(d), t.tallies()[d]));
                    }
                }
            }
            EstimatesTable.write(store.connection(), estimates);
            contribution.incrementWriteCount(estimates.size());
        }
        return RepeatStatus.FINISHED;
    }
}
