package nl.weegschaal.job.wave;

import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseSchema;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.publish.duckdb.StrataTable;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.weighting.Design;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Weighs the wave's respondents to the frame and stores the {@code strata} and {@code weights} tables. */
class WaveWeightsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(WaveWeightsTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        WaveSpec spec = WaveParameters.spec(contribution.getStepExecution().getJobParameters());
        PopulationFrame frame = WaveData.frame(spec);
        try (StagingStore store = StagingStore.open(StagingStore.file(spec.outputDir(), spec.wave()))) {
            ResponseSchema schema = new ResponseSchema("id", spec.strataColumns(), java.util.List.of(), java.util.List.of());
            ResponseTable table = WaveData.read(store.connection(), schema, frame);
            if (!table.droppedStrata().isEmpty()) {
                LOG.warn("{} frame strata have no respondents and are dropped (they are not in any total): {}",
                        table.droppedStrata().size(), table.droppedStrata());
            }
            Design design = WaveData.weigh(spec, table, frame);
            StrataTable.write(store.connection(), design, table.droppedStrata(), frame);
            String strata = spec.strataColumns().stream().map(StagingStore::quote)
                    .collect(java.util.stream.Collectors.joining(", "));
            String respondentStrata = spec.strataColumns().stream().map(c -> "r." + StagingStore.quote(c))
                    .collect(java.util.stream.Collectors.joining(", "));
            store.execute("CREATE OR REPLACE TABLE weights AS SELECT r.id, r.mode, " + respondentStrata
                    + ", s.weight FROM " + DeriveStrataTasklet.RESPONSES + " r JOIN strata s USING (" + strata
                    + ") ORDER BY r.rowid");
            contribution.incrementWriteCount(table.size());
        }
        return RepeatStatus.FINISHED;
    }
}
