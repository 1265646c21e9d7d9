package nl.weegschaal.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.job.WaveCatalogs;
import nl.weegschaal.job.WaveJobConfiguration;
import nl.weegschaal.job.WaveParameters;
import nl.weegschaal.publish.catalog.WaveCatalog;
import nl.weegschaal.publish.duckdb.DuckDbWarmUp;
import nl.weegschaal.publish.xlsx.WorkbookWarmUp;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the wave job of a spec. The same spec on the same inputs is done once ({@link
 * WaveOutcome.AlreadyDone} the next time); a run that failed, died or was stopped is continued from
 * that step; a run of the same wave in progress elsewhere (in the same output folder, or anywhere with
 * the same PostgreSQL job repository) makes this one stop at once ({@link AlreadyRunningException}).
 */
public final class WaveRunner {
    private static final Logger LOG = LoggerFactory.getLogger(WaveRunner.class);

    /** {@code run} starts or continues the wave; {@code restart} only continues a run that did not complete. */
    public enum Mode { RUN, RESTART }

    private WaveRunner() {
    }

    /**
     * Runs the wave of {@code wave}, loaded from {@code specFile} (as the user named it, for the
     * message of a stopped run). Returns how it ended or throws the error that ended it: a named
     * {@link nl.weegschaal.WeegschaalException}, a {@link nl.weegschaal.publish.StorageFailure} naming
     * the output folder, {@link AlreadyRunningException} or {@link JobStoppedException}.
     */
    public static WaveOutcome run(WaveSpec wave, Path specFile, Mode mode) throws Exception {
        // the run's identity, the checksums of its inputs (a read of every export), is taken while the
        // wave's locks are taken and Spring's context starts
        CompletableFuture<JobParameters> parameters = CompletableFuture.supplyAsync(() -> WaveParameters.of(wave));
        DuckDbWarmUp.start();
        long start = System.nanoTime();
        try (OutputLock lock = OutputLock.acquire(Repositories.waveLock(wave.outputDir(), wave.wave()), wave.wave())) {
            CompletedRuns.Completed completed = Files.isRegularFile(wave.result()) ? CompletedRuns.last(
                    Repositories.wave(wave), WaveJobConfiguration.JOB_NAME, InputFile.joined(parameters)) : null;
            if (completed != null) {
                return new WaveOutcome.AlreadyDone(completed.execution(), completed.ended(), registerIfMissing(wave));
            }
            return JobRunner.inContext(Repositories.wave(wave), context -> {
                RepositoryLock.holdWhileOpen(context, WaveJobConfiguration.JOB_NAME, wave.wave(), wave.wave());
                return inContext(context, wave, specFile, mode, InputFile.joined(parameters), start);
            });
        } catch (Exception e) {
            throw Failures.storage(e, wave.outputDir().toAbsolutePath().normalize());
        }
    }

    /** With the wave's locks held: done already, nothing to restart, or the job started, restarted or recovered. */
    private static WaveOutcome inContext(ConfigurableApplicationContext context, WaveSpec wave, Path specFile,
                                         Mode mode, JobParameters parameters, long start) throws Exception {
        JobRepository repository = context.getBean(JobRepository.class);
        JobExecution last = repository.getLastJobExecution(WaveJobConfiguration.JOB_NAME, parameters);
        if (last == null) {
            removeInstanceWithoutExecution(repository, parameters);
        }
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return new WaveOutcome.AlreadyDone(last.getId(), last.getEndTime(), registerIfMissing(wave));
        }
        if (mode == Mode.RESTART && last == null) {
            throw RestartRefusal.of(context, wave, specFile, parameters);
        }
        if (wave.workbook() != null) {
            WorkbookWarmUp.start();
        }
        JobExecution restart = null;
        if (last != null && last.getStatus().isRunning()) {
            // we hold the wave's locks, so the process of this execution is gone: it died
            restart = context.getBean(JobOperator.class).recover(last);
        } else if (last != null) {
            restart = last;
        }
        JobExecution done = JobRunner.start(context, "waveJob", parameters, restart,
                "`restart " + specFile + "` continues from there");
        return done(done, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Registers a wave done before in its output folder's catalog when the catalog lacks it (deleted, or a run
     * done before there were catalogs), so that the next run registers whatever happened to the catalog;
     * returns whether it did. A wave whose result is gone is left out: there is nothing to register.
     */
    private static boolean registerIfMissing(WaveSpec wave) {
        WaveCatalog catalog = WaveCatalogs.of(wave);
        if (!Files.isRegularFile(wave.result()) || catalog.contains(wave.wave())) {
            return false;
        }
        catalog.register(WaveCatalogs.info(wave), wave.result());
        return true;
    }

    /**
     * Spring Batch records a new run's job instance and its first execution in two transactions, and
     * the default H2 repository writes commits to its file up to half a second late: a run killed then
     * leaves an instance without any execution, which Spring Batch refuses to start again ("Cannot find
     * any job execution for job instance"), so that every later run of the wave would fail. Nothing ran
     * in it, and this run holds the wave's locks, so it is removed and the run starts afresh.
     */
    private static void removeInstanceWithoutExecution(JobRepository repository, JobParameters parameters) {
        JobInstance unstarted = repository.getJobInstance(WaveJobConfiguration.JOB_NAME, parameters);
        if (unstarted != null) {
            LOG.info("removing job instance {}, left without an execution by a run that died", unstarted.getId());
            repository.deleteJobInstance(unstarted);
        }
    }

    @SuppressWarnings("unchecked")
    private static WaveOutcome.Done done(JobExecution execution, Duration took) {
        Map<String, Long> counts = (Map<String, Long>) execution.getExecutionContext().get("summary");
        List<WaveOutcome.StepTime> steps = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStartTime() != null && step.getEndTime() != null) {
                steps.add(new WaveOutcome.StepTime(step.getStepName(),
                        Duration.between(step.getStartTime(), step.getEndTime())));
            }
        }
        return new WaveOutcome.Done(execution.getId(), copy(counts), steps, took);
    }

    private static @Nullable Map<String, Long> copy(@Nullable Map<String, Long> counts) {
        return counts == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
