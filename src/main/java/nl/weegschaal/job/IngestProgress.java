package nl.weegschaal.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reports the progress of a long ingest read record by record every few seconds: records read, per second, and rejects so far. */
class IngestProgress {
    private static final Logger LOG = LoggerFactory.getLogger(IngestProgress.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final String step;
    private final long start = System.nanoTime();
    private long last = start;

    IngestProgress(String step) {
        this.step = step;
    }

    void report(long read, long rejected) {
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        LOG.info("{}: {} records read ({} per second), {} rejected so far", step, read,
                Math.round(read / ((now - start) / 1e9)), rejected);
    }
}
