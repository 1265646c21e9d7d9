package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the wave job with SIGKILL, in a JVM of its own, again and again, in its start-up and in every
 * step, wherever the run is seen to be rather than after a delay measured once ({@link StepKiller}),
 * and runs it again after each kill ({@link CrashCycles}): the run must always be resumable, never
 * leave a half-written result in sight nor an execution that claims to be running, and end with the
 * same tables (rejects included) as an uninterrupted run. Bounded in cycles, runs and time
 * ({@code -Dweegschaal.crash.minutes}, default 8): a bound reached before the kills have landed fails
 * the test, saying how far it got, instead of going on.
 */
class CrashRestartTest {
    static final int KILLS = 20;
    static final Duration BUDGET = Duration.ofMinutes(Long.getLong("weegschaal.crash.minutes", 8));
    static final long SEED = 20241124;

    /** Kept when a test fails: the runs' output, for a look at what happened. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void killedInStartUpAndEveryStepTheWaveStillEndsWithTheUninterruptedTables() throws Exception {
        CrashCycles crashes = new CrashCycles(dir, KILLS, KILLS, 3 * KILLS, BUDGET, SEED);
        Path spec = crashes.run();
        // each place gets its turns; a kill aimed at a step that ends sooner lands at the start of the next one
        assertThat(crashes.killer().byPlace().keySet()).as("kills landed in most of start-up and the six steps: "
                + crashes.reached()).filteredOn(StepKiller.PLACES::contains).hasSizeGreaterThanOrEqualTo(5);
        assertThat(CrashCycles.result(spec).resolveSibling("wave-2024.xlsx")).isNotEmptyFile();
    }

    /** The bug of a crash test whose kills never landed: it looped for 47 minutes, with no bound. */
    @Test
    void aCrashTestThatReachesABoundFailsSayingHowFarItGotInsteadOfGoingOn() {
        CrashCycles crashes = new CrashCycles(dir, KILLS, KILLS, 1, BUDGET, SEED);
        assertThatThrownBy(crashes::run).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the crash test is within its bound of 1 runs")
                .hasMessageContaining("reached: ").hasMessageContaining(" of 20 kills in 1 cycles, 1 runs, ")
                .hasMessageContaining("; by place {");
    }
}
