package nl.weegschaal.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Removes the work store once a run has completed (and the repository says so); a failed run that
 * can be restarted keeps it, because a restart continues from it. A {@code weigh} is run anew
 * whatever happened, so its work store goes either way.
 */
class WorkStoreCleanup implements JobExecutionListener {
    private final RunContext run;

    WorkStoreCleanup(RunContext run) {
        this.run = run;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED && run.spec().restartable()) {
            return;
        }
        Path store = run.workFile();
        try {
            Files.deleteIfExists(store);
            Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".wal"));
            // published by now; one left over would only be a copy of the result
            Files.deleteIfExists(run.pendingResult());
        } catch (IOException e) {
            // a left-over work file is harmless: the next run of the wave replaces its tables
        }
    }
}
