package nl.weegschaal.job;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Removes the work store once a run has completed (and the repository says so); a failed run that
 * can be restarted keeps it, because a restart continues from it. A {@code weigh} is run anew
 * whatever happened, so its work store goes either way. With it go the temporary copies of the
 * published file ({@code .<name>.tmp-<uuid>}) that a run killed while publishing left behind: the
 * publish step writes that file only under the run's lock, so any such copy is a dead run's.
 */
class WorkStoreCleanup implements JobExecutionListener {
    private final RunContext run;

    WorkStoreCleanup(RunContext run) {
        this.run = run;
    }

    @Override
    public void afterJob(JobExecution execution) {
        run.releaseStore();
        if (execution.getStatus() != BatchStatus.COMPLETED && run.spec().restartable()) {
            return;
        }
        Path store = run.workFile();
        try {
            Files.deleteIfExists(store);
            Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".wal"));
            // published by now; one left over would only be a copy of the result
            Files.deleteIfExists(run.pendingResult());
            deleteTemporaryCopiesOf(run.spec().workbook() == null ? run.spec().result() : run.pendingResult());
        } catch (IOException e) {
            // a left-over work file is harmless: the next run of the wave replaces its tables
        }
    }

    /** Deletes {@code .<name>.tmp-*} beside {@code published} (and their {@code .wal}), as AtomicOutput names them. */
    private static void deleteTemporaryCopiesOf(Path published) throws IOException {
        Path file = published.toAbsolutePath();
        String prefix = "." + file.getFileName() + ".tmp-";
        try (DirectoryStream<Path> left = Files.newDirectoryStream(file.getParent(),
                p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path copy : left) {
                Files.deleteIfExists(copy);
            }
        }
    }
}
