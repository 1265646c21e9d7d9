package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;

class JobScopedTasksTest {
    private final JobExecution execution = new JobExecution(7L, new JobInstance(3L, "wave"), new JobParameters());

    @AfterEach
    void releaseTheJob() {
        JobSynchronizationManager.release();
    }

    @Test
    void aTaskOnAnotherThreadSeesTheJobOfTheThreadThatHandedItOver() throws Exception {
        JobContext handing = JobSynchronizationManager.register(execution);
        AtomicReference<JobContext> seen = new AtomicReference<>();
        AtomicReference<JobContext> after = new AtomicReference<>();
        Runnable task = new JobScopedTasks().decorate(() -> seen.set(JobSynchronizationManager.getContext()));
        Thread thread = new Thread(() -> {
            task.run();
            after.set(JobSynchronizationManager.getContext());
        });
        thread.start();
        thread.join(10_000);
        assertThat(thread.isAlive()).as("the task ended within 10 s").isFalse();
        // the same context, so the same job-scoped beans: one RunContext for the whole run
        assertThat(seen.get()).isSameAs(handing);
        assertThat(after.get()).as("the job is released from the thread when its task ends").isNull();
        assertThat(JobSynchronizationManager.getContext()).as("and stays registered where it was").isSameAs(handing);
    }

    @Test
    void aTaskHandedOverOutsideAJobRunsAsItIs() {
        Runnable task = () -> { };
        assertThat(new JobScopedTasks().decorate(task)).isSameAs(task);
    }
}
