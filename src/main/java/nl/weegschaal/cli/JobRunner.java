package nl.weegschaal.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.weegschaal.WeegschaalApplication;
import nl.weegschaal.WeegschaalException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context, runs one job through the {@link JobOperator} and turns its outcome
 * into either a completed execution or the named error that stopped it.
 */
final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private JobRunner() {
    }

    /** Runs the job; returns the completed execution or throws the error that made it fail. */
    static JobExecution run(String jobBean, JobParameters parameters) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WeegschaalApplication.class)
                .properties(Map.of("weegschaal.repository", repositoryFile().toString()))
                .run()) {
            LOG.debug("context ready {} ms after JVM start", System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
            JobOperator operator = context.getBean(JobOperator.class);
            Job job = context.getBean(jobBean, Job.class);
            JobExecution execution = operator.start(job, parameters);
            for (StepExecution step : execution.getStepExecutions()) {
                LOG.debug("step {}: {} in {} ms ({} read, {} written)", step.getStepName(), step.getStatus(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis(), step.getReadCount(),
                        step.getWriteCount());
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw failureOf(execution);
            }
            return execution;
        }
    }

    /**
     * The job repository file, absolute: H2 refuses paths relative to the working directory, and a
     * scheduled run must not depend on where it was started.
     */
    static Path repositoryFile() {
        String home = System.getProperty("weegschaal.home", System.getenv("WEEGSCHAAL_HOME"));
        Path base = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".weegschaal")
                : Path.of(home);
        return base.toAbsolutePath().normalize().resolve("job-repository");
    }

    private static Exception failureOf(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        for (Throwable failure : failures) {
            WeegschaalException named = named(failure);
            if (named != null) {
                return named;
            }
        }
        if (!failures.isEmpty() && failures.get(0) instanceof Exception e) {
            return e;
        }
        return new JobFailedException("the job " + execution.getJobInstance().getJobName() + " ended with status "
                + execution.getStatus() + " (execution " + execution.getId() + ")");
    }

    static WeegschaalException named(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WeegschaalException w) {
                return w;
            }
        }
        return null;
    }
}
