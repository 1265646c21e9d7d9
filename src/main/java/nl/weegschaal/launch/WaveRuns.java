package nl.weegschaal.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The runs of a wave, read from the job repository its runs use (the H2 file of the wave in its
 * output folder, or PostgreSQL), and only the runs of that wave: what {@code status} shows.
 */
public final class WaveRuns {
    private WaveRuns() {
    }

    /**
     * The executions of the wave's latest {@code instances} job instances, newest instance first; none
     * yet: empty. The default repository is read without a Spring context ({@link H2Repository}); one
     * named by SPRING_DATASOURCE_URL through the context a run uses.
     */
    public static List<WaveRun> latest(WaveSpec wave, int instances) throws Exception {
        Path repository = Repositories.wave(wave);
        if (!H2Repository.isDefault()) {
            return withRetries(() -> JobRunner.inRepository(repository, context -> runs(wave,
                    context.getBean(JobRepository.class), WaveInstances.latest(context, wave, instances),
                    Repositories.isDefault(context))));
        }
        if (!Files.exists(Repositories.h2File(repository))) {
            return List.of(); // do not create an empty repository just to look into it
        }
        return withRetries(() -> H2Repository.read(repository, (jobs, tables, prefix) ->
                runs(wave, jobs, WaveInstances.latest(tables, prefix, wave, instances), true)));
    }

    /**
     * The executions of the job instances {@code ids}; {@code local}: the repository is this machine's
     * H2 file, and the lock file tells about its runs (with a shared repository a run may be elsewhere).
     */
    private static List<WaveRun> runs(WaveSpec wave, JobRepository repository, List<Long> ids, boolean local) {
        List<WaveRun> runs = new ArrayList<>();
        for (long id : ids) {
            JobInstance instance = repository.getJobInstance(id);
            if (instance == null) {
                continue;
            }
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                runs.add(run(wave, instance, execution, local));
            }
        }
        return runs;
    }

    private static WaveRun run(WaveSpec wave, JobInstance instance, JobExecution execution, boolean local) {
        List<WaveRun.Step> steps = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            long rejected = step.getExecutionContext().getLong("rejected", step.getFilterCount());
            steps.add(new WaveRun.Step(step.getStepName(), step.getStatus().toString(), step.getReadCount(),
                    step.getWriteCount(), rejected, step.getStartTime() == null || step.getEndTime() == null ? null
                    : Duration.between(step.getStartTime(), step.getEndTime())));
        }
        Boolean alive = local && execution.getStatus().isRunning()
                ? OutputLock.holderAlive(Repositories.waveLock(wave.outputDir(), wave.wave())) : null;
        return new WaveRun(execution.getId(), instance.getInstanceId(), execution.getStatus().toString(),
                execution.getStartTime(), execution.getEndTime(), alive, FailureReason.of(execution), steps);
    }

    /**
     * Runs {@code work}, trying twice more after a database failure: H2 serves its file from the
     * first process that opened it (AUTO_SERVER), and a status that connected to another status
     * just as that one ended loses its connection ("Database is already closed").
     */
    private static <T> T withRetries(Callable<T> work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (Exception e) {
                if (attempt == 3 || Failures.cause(e, java.sql.SQLException.class) == null) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }
}
