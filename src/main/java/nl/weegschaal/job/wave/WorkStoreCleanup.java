package nl.weegschaal.job.wave;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Removes the work store once a run has completed (and the repository says so); a failed run
 * keeps it, because a restart continues from it.
 */
class WorkStoreCleanup implements JobExecutionListener {
    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        WaveSpec spec = WaveParameters.spec(execution.getJobParameters());
        Path store = StagingStore.file(spec.outputDir(), spec.wave());
        try {
            Files.deleteIfExists(store);
            Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".wal"));
            // published by now; one left over would only be a copy of the result
            Files.deleteIfExists(StagingStore.pendingResult(spec.outputDir(), spec.wave()));
        } catch (IOException e) {
            // a left-over work file is harmless: the next run of the wave replaces its tables
        }
    }
}
