package nl.weegschaal.job.wave;

import java.util.stream.Collectors;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.publish.duckdb.StrataTable;
import nl.weegschaal.publish.duckdb.WeightDiagnosticsTable;
import nl.weegschaal.spec.WaveSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Weighs the wave's respondents to the frame and stores the {@code strata}, {@code weights} and
 * {@code weight_diagnostics} tables.
 */
class WaveWeightsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(WaveWeightsTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        WaveSpec spec = WaveParameters.spec(contribution.getStepExecution().getJobParameters());
        PopulationFrame frame = WaveData.frame(spec);
        try (StagingStore store = StagingStore.open(StagingStore.file(spec.outputDir(), spec.wave()))) {
            WaveDesign wave = WaveDesign.of(spec, frame, store.connection());
            if (!wave.dropped().isEmpty()) {
                LOG.warn("{} frame strata have no respondents and are dropped (they are not in any total): {}",
                        wave.dropped().size(), wave.dropped());
            }
            StrataTable.write(store.connection(), wave.weighted());
            String strata = spec.strataColumns().stream().map(StagingStore::quote).collect(Collectors.joining(", "));
            String respondentStrata = spec.strataColumns().stream().map(c -> "r." + StagingStore.quote(c))
                    .collect(Collectors.joining(", "));
            store.execute("CREATE OR REPLACE TABLE weights AS SELECT r.id, r.mode, " + respondentStrata
                    + ", s.weight FROM " + DeriveStrataTasklet.RESPONSES + " r JOIN strata s USING (" + strata
                    + ") ORDER BY r.rowid");
            WeightDiagnosticsTable.write(store.connection(),
                    WaveWeightDiagnostics.of(store.connection(), wave, spec.domains()));
            contribution.incrementWriteCount(wave.design().respondents());
        }
        return RepeatStatus.FINISHED;
    }
}
