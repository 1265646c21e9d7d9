package nl.weegschaal.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs the partitions of a step side by side, each in a thread of its own that sees the job's scope
 * (the run's {@link RunContext}): Spring Batch registers a step's scope in the thread that runs the step,
 * but the job's only in the thread that runs the job, so a worker thread registers the same job
 * execution for the time of its task. Two threads at most, one per core of the machines this runs on:
 * the exports of a wave are read at once, one by DuckDB's reader and one by the XLSX reader.
 */
final class JobScopedTasks implements TaskDecorator {
    private static final int THREADS = 2;

    private JobScopedTasks() {
    }

    /** An executor of at most two threads at a time, named after the ingest, whose tasks see the job's scope. */
    static TaskExecutor executor() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(THREADS);
        executor.setTaskDecorator(new JobScopedTasks());
        return executor;
    }

    @Override
    public Runnable decorate(Runnable task) {
        JobContext context = JobSynchronizationManager.getContext();
        if (context == null) {
            return task;
        }
        JobExecution execution = context.getJobExecution();
        return () -> {
            JobSynchronizationManager.register(execution);
            try {
                task.run();
            } finally {
                JobSynchronizationManager.release();
            }
        };
    }
}
