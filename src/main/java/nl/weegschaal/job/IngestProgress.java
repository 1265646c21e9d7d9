package nl.weegschaal.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/** Reports the progress of a long ingest every few seconds: records read, per second, and rejects so far. */
class IngestProgress implements ChunkListener {
    private static final Logger LOG = LoggerFactory.getLogger(IngestProgress.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final long start = System.nanoTime();
    private long last = start;

    @Override
    public void afterChunk(ChunkContext context) {
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        StepExecution step = context.getStepContext().getStepExecution();
        long read = step.getReadCount();
        LOG.info("{}: {} records read ({} per second), {} rejected so far", step.getStepName(), read,
                Math.round(read / ((now - start) / 1e9)), step.getExecutionContext().getLong(StagingWriter.REJECTED, 0));
    }
}
