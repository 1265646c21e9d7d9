package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.ChildRun;
import nl.weegschaal.testing.Deadline;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crash test's cycles: the sample wave run once uninterrupted, then run again and again, each
 * cycle a new run of the wave (a slightly changed spec: a new job instance) killed by a {@link
 * StepKiller} 3 to 5 times, or fewer when the place whose turn it is has been passed already, then
 * completed, its tables compared with the uninterrupted run's and its job repository checked for
 * executions left running. It goes on until {@code kills} kills have landed, bounded by a number of
 * cycles, of runs and a time budget; a bound reached first fails the test, saying what was reached.
 */
final class CrashCycles {
    static final List<String> TABLES = List.of("estimates", "weights", "strata", "responses", "rejects", "codebook",
            "weight_diagnostics");
    private static final Logger LOG = LoggerFactory.getLogger(CrashCycles.class);

    private final Path dir;
    private final int killsWanted;
    private final int maxCycles;
    private final int maxRuns;
    private final Deadline budget;
    private final Random random;
    private final StepKiller killer;
    private final long started = System.nanoTime();
    private int cycles;
    private int runs;
    private int kills;

    CrashCycles(Path dir, int killsWanted, int maxCycles, int maxRuns, Duration budget, long seed) {
        this.dir = dir;
        this.killsWanted = killsWanted;
        this.maxCycles = maxCycles;
        this.maxRuns = maxRuns;
        this.budget = Deadline.in(budget, "the time budget of the crash test");
        this.random = new Random(seed);
        this.killer = new StepKiller(random);
    }

    /** Runs the cycles until the kills have landed; returns the killed wave's spec. */
    Path run() throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("killed"));
        try {
            Path expected = uninterruptedResult();
            while (kills < killsWanted) {
                assertWithinBounds();
                cycle(spec, expected);
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nreached: " + reached() + "\nwhat each run said: "
                    + dir.resolve("logs"), e);
        }
        LOG.info("{}; start-up and steps last took (ms) {}", reached(), killer.millis());
        return spec;
    }

    StepKiller killer() {
        return killer;
    }

    /** What the test reached: kills, where they landed, cycles, runs and time. */
    String reached() {
        return String.format("%d of %d kills in %d cycles, %d runs, %d s; by place %s; by where exactly %s", kills,
                killsWanted, cycles, runs, (System.nanoTime() - started) / 1_000_000_000, killer.byPlace(),
                killer.byLanding());
    }

    private Path uninterruptedResult() throws Exception {
        Path reference = SampleProject.copyTo(dir.resolve("reference"));
        try (ChildRun run = start(reference, "reference", List.of())) {
            assertThat(run.awaitExit(budget)).as("the uninterrupted run: %s", run.err()).isEqualTo(ExitCodes.OK);
            killer.learn(run);
        }
        return result(reference);
    }

    private void cycle(Path spec, Path expected) throws Exception {
        cycles++;
        Files.writeString(spec, Files.readString(spec).replaceAll("max_share: [0-9.]+", "max_share: 0.05" + cycles));
        @Nullable String resume = StepKiller.STEPS.get(0);
        boolean completed = false;
        int planned = Math.min(killsWanted - kills, 3 + random.nextInt(3));
        for (String aim = killer.target(resume); aim != null && planned > 0 && !completed; planned--) {
            assertWithinBounds();
            StepKiller.Outcome outcome = killer.kill(options -> start(spec, "run-" + runs, options), aim, resume,
                    budget);
            runs++;
            LOG.info("cycle {} run-{}: aimed at {}, {}, after {} ms", cycles, runs - 1, aim,
                    outcome.killed() ? "landed: " + outcome.landed() : "ended with exit " + outcome.exitCode(),
                    outcome.millis());
            if (outcome.killed()) {
                kills++;
                resume = StepKiller.resumeAfter(outcome.landed(), resume);
                assertNoHalfWrittenResult(spec);
                aim = killer.target(resume);
            } else {
                // only a kill aimed at the last step can come too late: the run then completed the wave
                assertThat(outcome.exitCode()).as("run-%d, to be killed in %s, ended by itself: %s", runs - 1, aim,
                        outcome.said()).isIn(ExitCodes.OK, ExitCodes.ALREADY_DONE);
                completed = true;
            }
        }
        if (!completed) {
            assertWithinBounds();
            try (ChildRun run = start(spec, "run-" + runs++, List.of())) {
                assertThat(run.awaitExit(budget)).as("the run after the kills of cycle %d completes the wave: %s",
                        cycles, run.err()).isIn(ExitCodes.OK, ExitCodes.ALREADY_DONE);
            }
        }
        for (String table : TABLES) {
            assertThat(DuckDb.query(result(spec), "SELECT * FROM " + table)).as(table + " after cycle " + cycles)
                    .isEqualTo(DuckDb.query(expected, "SELECT * FROM " + table));
        }
        assertThat(JobRepositoryFile.running(spec)).as("executions and steps left running after cycle " + cycles)
                .isEmpty();
    }

    private void assertWithinBounds() {
        assertThat(budget.passed()).as("the crash test is within %s", budget.describe()).isFalse();
        assertThat(cycles).as("the crash test is within its bound of %d cycles", maxCycles).isLessThan(maxCycles);
        assertThat(runs).as("the crash test is within its bound of %d runs", maxRuns).isLessThan(maxRuns);
    }

    private static void assertNoHalfWrittenResult(Path spec) throws Exception {
        if (Files.exists(result(spec))) {
            assertThat(DuckDb.single(result(spec), "SELECT count(*) FROM estimates")).as("a visible result is whole")
                    .isNotEqualTo(0L);
        }
    }

    /** {@code run SPEC} in a JVM of its own that logs its steps; its output goes to {@code logs/NAME.err}. */
    private ChildRun start(Path spec, String name, List<String> jvmOptions) throws IOException {
        return ChildRun.start(dir.resolve("logs"), name, StepLog.LOGGING, jvmOptions, "run", spec.toString());
    }

    static Path result(Path spec) {
        return spec.getParent().getParent().resolve("out/wave-2024.duckdb");
    }
}
