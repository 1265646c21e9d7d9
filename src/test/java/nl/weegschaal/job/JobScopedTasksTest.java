package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskExecutor;

/**
 * The executor of the ingest's partitions: its tasks run side by side in threads of their own, and each
 * sees the job's scope (the run's context) of the thread that handed it over, which stays open after them.
 */
class JobScopedTasksTest {
    @AfterEach
    void release() {
        while (JobSynchronizationManager.getContext() != null) {
            JobSynchronizationManager.release();
        }
    }

    @Test
    void tasksRunSideBySideAndSeeTheJobOfTheThreadThatHandedThemOver() throws Exception {
        JobExecution execution = new JobExecution(7L, new JobInstance(3L, "wave"), new JobParameters());
        JobContext job = JobSynchronizationManager.register(execution);
        TaskExecutor executor = JobScopedTasks.executor();
        CountDownLatch bothRunning = new CountDownLatch(2);
        List<JobContext> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> done = List.of(new CompletableFuture<>(), new CompletableFuture<>());
        for (CompletableFuture<Void> task : done) {
            executor.execute(() -> {
                seen.add(JobSynchronizationManager.getContext());
                threads.add(Thread.currentThread().getName());
                bothRunning.countDown();
                try { // each waits for the other: both finish only when they run at the same time
                    if (bothRunning.await(10, TimeUnit.SECONDS)) {
                        task.complete(null);
                    } else {
                        task.completeExceptionally(new AssertionError("the tasks did not run side by side"));
                    }
                } catch (InterruptedException e) {
                    task.completeExceptionally(e);
                }
            });
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(bothRunning.getCount()).isZero();
        assertThat(seen).containsExactly(job, job);
        assertThat(threads).doesNotHaveDuplicates().allMatch(name -> name.startsWith("ingest-"));
        assertThat(JobSynchronizationManager.getContext()).as("the job's own registration is left as it was")
                .isSameAs(job);
    }

    @Test
    void aTaskHandedOverOutsideAJobRunsAsItIs() throws Exception {
        CompletableFuture<JobContext> seen = new CompletableFuture<>();
        JobScopedTasks.executor().execute(() -> seen.complete(JobSynchronizationManager.getContext()));
        assertThat(seen.get(10, TimeUnit.SECONDS)).isNull();
    }
}
