package nl.weegschaal.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.weegschaal.WeegschaalException;
import nl.weegschaal.publish.StorageFailure;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context with a given job repository, runs one job through the
 * {@link JobOperator} and turns its outcome into either a completed execution or the named error
 * that stopped it.
 */
final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private JobRunner() {
    }

    /** Work done with a running context. */
    @FunctionalInterface
    interface InContext<T> {
        T apply(ConfigurableApplicationContext context) throws Exception;
    }

    /**
     * Runs work in a Spring context whose job repository is the H2 file {@code repository}. Spring
     * Boot's shutdown hook is off: the context is closed here, by the thread that runs the job, after
     * the job has ended; a SIGTERM during a job is handled by {@link GracefulStop}, and one that ends
     * the program at once (outside a job, or when a stop takes too long) must not close the context
     * under a running step either.
     */
    static <T> T inContext(Path repository, InContext<T> work) throws Exception {
        return inContext(JobContextConfiguration.class, repository, work);
    }

    /**
     * Reads the job repository {@code repository} in a context without the job, and without creating
     * the repository's tables where there are none: what {@code status} needs.
     */
    static <T> T inRepository(Path repository, InContext<T> work) throws Exception {
        // as an argument, which comes before application.properties (default properties come after it)
        return inContext(JobRepositoryConfiguration.class, repository, work, "--spring.batch.jdbc.initialize-schema=never");
    }

    private static <T> T inContext(Class<?> configuration, Path repository, InContext<T> work, String... arguments)
            throws Exception {
        try (ConfigurableApplicationContext context = application(configuration, repository)
                .registerShutdownHook(false)
                .run(arguments)) {
            LOG.debug("context ready {} ms after JVM start", System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
            return work.apply(context);
        }
    }

    /**
     * The application of a context of {@code configuration} whose job repository is {@code repository};
     * its main class is the configuration, by which Spring finds the context's build-time
     * (ahead-of-time) initializer when it runs with {@code spring.aot.enabled}.
     */
    static SpringApplicationBuilder application(Class<?> configuration, Path repository) {
        return new SpringApplicationBuilder(configuration).main(configuration)
                .properties(Map.of("weegschaal.repository", repository.toAbsolutePath().normalize().toString()));
    }

    /**
     * Starts (or, for a failed instance, restarts) the job; with {@code restart} set, restarts that
     * execution instead. Returns the completed execution or throws the error that stopped it: for a
     * run stopped by a SIGTERM, a {@link JobStoppedException} whose message ends with {@code toContinue}.
     */
    static JobExecution start(ConfigurableApplicationContext context, String jobBean, JobParameters parameters,
                              @Nullable JobExecution restart, String toContinue) throws Exception {
        JobOperator operator = context.getBean(JobOperator.class);
        Job job = context.getBean(jobBean, Job.class);
        GracefulStop stop = GracefulStop.install(context.getBean(JobRepository.class), job.getName(), parameters);
        JobExecution execution;
        try (stop) {
            execution = restart == null ? operator.start(job, parameters) : operator.restart(restart);
        }
        for (StepExecution step : execution.getStepExecutions()) {
            LOG.debug("step {}: {} in {} ms ({} read, {} written)", step.getStepName(), step.getStatus(),
                    step.getEndTime() == null || step.getStartTime() == null ? -1
                            : Duration.between(step.getStartTime(), step.getEndTime()).toMillis(),
                    step.getReadCount(), step.getWriteCount());
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            throw new JobStoppedException((stop.signalled() ? "stopped by SIGTERM " : "stopped ") + where(execution)
                    + "; " + toContinue);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw failureOf(execution);
        }
        return execution;
    }

    /** Where a stopped execution stopped: during the step it stopped, or after the last one it did. */
    private static String where(JobExecution execution) {
        StepExecution last = null;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.STOPPED) {
                return "during step " + step.getStepName(); // a partitioned step comes before its partitions
            }
            last = step;
        }
        return last == null ? "before its first step" : "after step " + last.getStepName();
    }

    private static Exception failureOf(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        for (Throwable failure : failures) {
            WeegschaalException named = Failures.named(failure);
            if (named != null) {
                return named;
            }
        }
        // a worker step's full disk shows in the job's own failure only as "unsuccessful step"
        StorageFailure storage = StorageFailure.in(failures, null);
        if (storage != null) {
            return storage;
        }
        if (!failures.isEmpty() && failures.get(0) instanceof Exception e) {
            return e;
        }
        return new JobFailedException("the job " + execution.getJobInstance().getJobName() + " ended with status "
                + execution.getStatus() + " (execution " + execution.getId() + ")");
    }
}
