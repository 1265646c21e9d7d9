package nl.weegschaal.job;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import nl.weegschaal.testing.ChildRun;
import nl.weegschaal.testing.ChildRun.Line;
import nl.weegschaal.testing.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * Kills a run of the wave job with SIGKILL in a chosen place, its start-up or one of its steps,
 * however fast or slow the machine is at that moment. It follows the steps the run logs ({@link
 * StepLog}), waits until the chosen step is seen to start and kills at a random moment within
 * the time that step took when last seen. The run is told to pause at the start of the next step
 * ({@link FaultInjection#PAUSE_PROPERTY}), so that a step that ends sooner than that still gets its
 * kill, at the boundary, rather than the run slipping through to its end; only a kill aimed at the
 * last step can miss, and then the run completes. Places take turns ({@link #target}), so that kills
 * spread over all of them; the moment within a place is random.
 */
final class StepKiller {
    static final String START_UP = "start-up";
    static final List<String> STEPS = List.of("ingestExports", "deriveStrata", "computeWeights", "estimateTables",
            "publish", "publishWorkbook", "registerWave");
    static final List<String> PLACES = java.util.stream.Stream.concat(java.util.stream.Stream.of(START_UP),
            STEPS.stream()).toList();
    /** Longer than any test: a paused run is killed as soon as it says it pauses. */
    private static final long PAUSE_MILLIS = 600_000;

    /** Starts a run of the wave in a JVM of its own, with these extra JVM options. */
    interface Starter {
        ChildRun start(List<String> jvmOptions) throws IOException;
    }

    /**
     * What became of a run that was to be killed in {@code target}: where it was killed, or its exit
     * code, how long after its start, and what it said on standard error.
     */
    record Outcome(String target, int exitCode, @Nullable String landed, long millis, String said) {
        boolean killed() {
            return exitCode == ChildRun.KILLED;
        }
    }

    private final Random random;
    private int turn; // of the place to kill next, in PLACES
    private final Map<String, Long> millis = new HashMap<>(); // how long each place took when last seen
    private final Map<String, Integer> byPlace = new TreeMap<>();
    private final Map<String, Integer> byLanding = new TreeMap<>();

    StepKiller(Random random) {
        this.random = random;
    }

    /**
     * Starts a run and kills it in {@code target} ({@link #START_UP} or a step at or after {@code
     * resume}, the step the run will begin with; null: none is left).
     */
    Outcome kill(Starter starter, String target, @Nullable String resume, Deadline until) throws Exception {
        nextTurn();
        try (ChildRun run = starter.start(pauseBefore(START_UP.equals(target) ? resume : next(target)))) {
            long anchor = run.startedNanos();
            if (!START_UP.equals(target)) {
                Optional<Line> seen = run.awaitLine(text -> StepLog.isStartOf(text, target) || StepLog.isPause(text), until);
                if (seen.isEmpty()) {
                    return ended(run, target, until);
                }
                anchor = seen.get().nanos();
            }
            long moment = anchor + (long) (random.nextDouble() * millis.getOrDefault(target, 1000L) * 1_000_000);
            Deadline kill = moment - until.nanos() < 0 ? new Deadline("the kill", moment, until.limit()) : until;
            run.awaitLine(StepLog::isPause, kill);
            int exitCode = run.kill();
            learn(run);
            String landed = exitCode == ChildRun.KILLED ? StepLog.landing(run.lines()) : null;
            if (landed != null) {
                record(landed);
            }
            return new Outcome(target, exitCode, landed, (System.nanoTime() - run.startedNanos()) / 1_000_000,
                    run.err());
        }
    }

    private Outcome ended(ChildRun run, String target, Deadline until) throws InterruptedException {
        if (run.isAlive() && until.passed()) {
            throw new AssertionError(run.name() + " did not reach " + target + " within " + until.describe()
                    + "; it said:\n" + run.err());
        }
        int exitCode = run.awaitExit(until);
        learn(run);
        return new Outcome(target, exitCode, null, (System.nanoTime() - run.startedNanos()) / 1_000_000, run.err());
    }

    /**
     * Where to kill next: the places in turn, in the run's order (start-up, then each step), so that
     * kills spread evenly over them; null when the place whose turn it is has been passed already by
     * the run that begins with {@code resume} (null: with no step left), which then has to be
     * completed first.
     */
    @Nullable String target(@Nullable String resume) {
        String place = PLACES.get(turn % PLACES.size());
        boolean ahead = START_UP.equals(place) || resume != null && STEPS.indexOf(place) >= STEPS.indexOf(resume);
        return ahead ? place : null;
    }

    /** Gives the turn to the next place (as a kill does, whatever became of it). */
    void nextTurn() {
        turn++;
    }

    /** The step a run begins with after it was killed at {@code landed}, having begun with {@code resume}. */
    static @Nullable String resumeAfter(String landed, @Nullable String resume) {
        if (START_UP.equals(landed)) {
            return resume;
        }
        return landed.startsWith("after ") ? next(StepLog.place(landed.substring("after ".length())))
                : StepLog.place(landed);
    }

    /** Records how long start-up and each step took in a run, so that the next kills scale with the machine. */
    void learn(ChildRun run) {
        millis.putAll(StepLog.durations(run.lines(), run.startedNanos()));
    }

    /** Kills landed by place (start-up and the six steps). */
    Map<String, Integer> byPlace() {
        return Map.copyOf(byPlace);
    }

    /** Kills landed, by the innermost step and whether it was at its start. */
    Map<String, Integer> byLanding() {
        return new TreeMap<>(byLanding);
    }

    /** Counts a kill that landed at {@code landed}. */
    void record(String landed) {
        byLanding.merge(landed, 1, Integer::sum);
        byPlace.merge(StepLog.place(landed), 1, Integer::sum);
    }

    /** Takes {@code millis} as how long {@code place} took when last seen (as if it had been seen so). */
    void expect(String place, long millis) {
        this.millis.put(place, millis);
    }

    /** How long each place took when last seen, in milliseconds. */
    Map<String, Long> millis() {
        return new TreeMap<>(millis);
    }

    private static @Nullable String next(String step) {
        int at = STEPS.indexOf(step);
        return at + 1 < STEPS.size() ? STEPS.get(at + 1) : null;
    }

    /** JVM options that make the run pause at the start of {@code step} (none for null). */
    private static List<String> pauseBefore(@Nullable String step) {
        if (step == null) {
            return List.of();
        }
        // the ingest itself has no listener; its partitions do
        String prefix = step.equals("ingestExports") ? "ingestExport:" : step;
        return List.of("-D" + FaultInjection.PAUSE_PROPERTY + "=" + prefix,
                "-D" + FaultInjection.PAUSE_MILLIS_PROPERTY + "=" + PAUSE_MILLIS);
    }
}
