package nl.weegschaal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.weegschaal.job.wave.WaveJobConfiguration;
import nl.weegschaal.job.wave.WaveParameters;
import nl.weegschaal.publish.duckdb.DuckDbWarmUp;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run SPEC}: the wave job. The same spec on the same inputs is done once (exit 3 the next
 * time); a run that failed, died or was stopped is continued from that step; a run of the same wave
 * in progress elsewhere (in the same output folder, or anywhere with the same PostgreSQL job
 * repository) makes this one stop at once (exit 75).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the wave job of a spec: exports to weighted tables in <output>/<wave>.duckdb.")
class RunCommand implements Callable<Integer> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "The wave's job spec (YAML).")
    Path specFile;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    /** Whether this is {@code restart}: continue the last run, which must not have completed. */
    boolean restartOnly() {
        return false;
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

    @Override
    public Integer call() throws Exception {
        WaveSpec wave = SpecLoader.load(specFile);
        JobParameters parameters = WaveParameters.of(wave);
        DuckDbWarmUp.start();
        long start = System.nanoTime();
        try (WaveLock lock = WaveLock.acquire(wave.outputDir(), wave.wave())) {
            return JobRunner.inContext(WaveRepository.file(wave), context -> {
                RepositoryLock.holdWhileOpen(context, wave.wave());
                JobRepository repository = context.getBean(JobRepository.class);
                JobExecution last = repository.getLastJobExecution(WaveJobConfiguration.JOB_NAME, parameters);
                if (last == null) {
                    removeInstanceWithoutExecution(repository, parameters);
                }
                if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                    spec.commandLine().getOut().printf("weegschaal run: %s is already done (run %d of %s, "
                            + "same spec and inputs); nothing changed%n", wave.wave(), last.getId(), last.getEndTime());
                    return ExitCodes.ALREADY_DONE;
                }
                if (restartOnly() && last == null) {
                    throw new JobFailedException("there is no earlier run of " + wave.wave()
                            + " with this spec and these inputs to restart; use run");
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
                new WaveSummary(spec.commandLine().getOut()).print(wave, done, System.nanoTime() - start);
                return ExitCodes.OK;
            });
        } catch (Exception e) {
            throw Cli.storageFailure(e, wave.outputDir().toAbsolutePath().normalize());
        }
    }
}
