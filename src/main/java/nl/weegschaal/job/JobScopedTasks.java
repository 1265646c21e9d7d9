package nl.weegschaal.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskDecorator;

/**
 * Lets a task run on another thread reach the job's scoped beans ({@link RunContext}): the job's
 * execution, taken on the thread that hands the task over, is registered on the thread that runs it
 * for as long as it runs. Spring Batch keeps the job scope per thread, and registers only the step
 * scope on a partition's thread, so without this a partition of the ingest step run on a thread of
 * its own could not read the run's spec.
 */
final class JobScopedTasks implements TaskDecorator {
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
