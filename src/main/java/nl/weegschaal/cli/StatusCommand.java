package nl.weegschaal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code status [SPEC...]}: the runs of each wave (all specs in jobs/ by default), their steps and
 * counts, read from the job repository the runs use, and only the runs of the wave the spec names.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the runs of waves: status, times, and per step the records read, written and rejected.")
class StatusCommand implements Callable<Integer> {
    static final int RUNS_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", arity = "0..*", description = "Job specs (default: jobs/*.yml).")
    List<Path> specs = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : specs.isEmpty() ? defaultSpecs() : specs) {
            WaveSpec wave = SpecLoader.load(file);
            // the repository the run uses: the H2 file under the output folder, or PostgreSQL
            StringWriter text = new StringWriter();
            withRetries(() -> JobRunner.inContext(WaveRepository.file(wave), context -> {
                text.getBuffer().setLength(0);
                List<Long> instances = WaveInstances.latest(context, wave, RUNS_SHOWN);
                if (instances.isEmpty()) {
                    new PrintWriter(text).printf("%s (%s): no runs yet%n", wave.wave(), file);
                } else {
                    // the lock file tells about this machine's runs; with a shared repository a run may be elsewhere
                    print(new PrintWriter(text), wave, file, context.getBean(JobRepository.class), instances,
                            WaveRepository.isDefault(context));
                }
                return null;
            }));
            out.print(text);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * Runs {@code work}, trying twice more after a database failure: H2 serves its file from the
     * first process that opened it (AUTO_SERVER), and a status that connected to another status
     * just as that one ended loses its connection ("Database is already closed").
     */
    private static void withRetries(Callable<?> work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                work.call();
                return;
            } catch (Exception e) {
                if (attempt == 3 || JobRunner.cause(e, java.sql.SQLException.class) == null) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }


    private static String time(java.time.@org.jspecify.annotations.Nullable LocalDateTime time) {
        return time == null ? "-" : time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ');
    }

    /**
     * How long a step took; blank while it runs, and for a partition's worker step that a killed
     * run created but never started (it has no start time).
     */
    private static String duration(StepExecution step) {
        return step.getStartTime() == null || step.getEndTime() == null ? ""
                : Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0 + " s";
    }

    /**
     * For an execution the repository records as running: whether its process is still there, as far
     * as the wave's lock file tells (a killed run stays STARTED until the next run recovers it).
     */
    private static String liveness(WaveSpec wave, JobExecution execution) {
        if (!execution.getStatus().isRunning()) {
            return "";
        }
        Boolean alive = WaveLock.holderAlive(wave.outputDir(), wave.wave());
        return alive == null ? "" : alive ? " (running now)"
                : " (not running: its process is gone; the next run or restart continues it)";
    }

    private static List<Path> defaultSpecs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void print(PrintWriter out, WaveSpec wave, Path file, JobRepository repository,
                              List<Long> instances, boolean local) {
        out.printf("%s (%s):%n", wave.wave(), file);
        for (long id : instances) {
            JobInstance instance = repository.getJobInstance(id);
            if (instance == null) {
                continue;
            }
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                out.printf("  run %d (instance %d): %s, started %s, ended %s%s%n", execution.getId(),
                        instance.getInstanceId(), execution.getStatus(), time(execution.getStartTime()),
                        time(execution.getEndTime()), local ? liveness(wave, execution) : "");
                for (StepExecution step : execution.getStepExecutions()) {
                    long rejected = step.getExecutionContext().getLong("rejected", step.getFilterCount());
                    out.printf("    %-24s %-10s read %,9d  written %,9d  rejected %,7d  %s%n", step.getStepName(),
                            step.getStatus(), step.getReadCount(), step.getWriteCount(), rejected,
                            duration(step));
                }
            }
        }
    }
}
