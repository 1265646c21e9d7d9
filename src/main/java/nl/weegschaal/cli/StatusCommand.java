package nl.weegschaal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.weegschaal.launch.WaveRun;
import nl.weegschaal.launch.WaveRuns;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code status [SPEC...]}: the runs of each wave (all specs in jobs/ by default), their steps and
 * counts, read from the job repository the runs use, and only the runs of the wave the spec names
 * ({@link WaveRuns}).
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
            WaveSpec wave = SpecLoader.load(SpecArguments.existing(spec, file));
            List<WaveRun> runs = WaveRuns.latest(wave, RUNS_SHOWN);
            if (runs.isEmpty()) {
                out.printf("%s (%s): no runs yet%n", wave.wave(), file);
            } else {
                print(out, wave, file, runs);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static String time(@Nullable LocalDateTime time) {
        return time == null ? "-" : time.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
    }

    /**
     * How long a step took; blank while it runs, and for a partition's worker step that a killed
     * run created but never started (it has no start time).
     */
    private static String duration(@Nullable Duration took) {
        return took == null ? "" : took.toMillis() / 1000.0 + " s";
    }

    /**
     * For an execution the repository records as running: whether its process is still there, as far
     * as the wave's lock file tells (a killed run stays STARTED until the next run recovers it).
     */
    private static String liveness(WaveRun run) {
        Boolean alive = run.processAlive();
        return alive == null ? "" : alive ? " (running now)"
                : " (not running: its process is gone; the next run or restart continues it)";
    }

    /**
     * The specs in {@code jobs/} of the working folder. Outside a project folder there is none: a
     * command-line error naming the folder and what to do, not a missing-file failure.
     */
    private List<Path> defaultSpecs() throws IOException {
        Path jobs = Path.of("jobs");
        if (!Files.isDirectory(jobs)) {
            throw new ParameterException(spec.commandLine(), "no SPEC given and no jobs/ folder in "
                    + Path.of("").toAbsolutePath() + "; run status in the project folder or name a spec, "
                    + "e.g. `weegschaal status jobs/wave-2024.yml`");
        }
        try (Stream<Path> files = Files.list(jobs)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void print(PrintWriter out, WaveSpec wave, Path file, List<WaveRun> runs) {
        out.printf("%s (%s):%n", wave.wave(), file);
        for (WaveRun run : runs) {
            out.printf("  run %d (instance %d): %s, started %s, ended %s%s%n", run.run(), run.instance(),
                    run.status(), time(run.started()), time(run.ended()), liveness(run));
            if (run.reason() != null) {
                out.printf("    failed %s%n", run.reason());
            }
            for (WaveRun.Step step : run.steps()) {
                out.printf("    %-24s %-10s read %,9d  written %,9d  rejected %,7d  %s%n", step.name(),
                        step.status(), step.read(), step.written(), step.rejected(), duration(step.took()));
            }
        }
    }
}
