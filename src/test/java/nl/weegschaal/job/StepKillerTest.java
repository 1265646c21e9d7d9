package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.weegschaal.testing.ChildRun;
import nl.weegschaal.testing.ChildRun.Line;
import nl.weegschaal.testing.Deadline;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test's killer: where it says a killed run was, where the next run begins, and above all
 * that its kill lands when the machine has become much faster than when it last looked, which is what
 * made the crash test loop without end.
 */
class StepKillerTest {
    static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void aStartUpFarShorterThanLastSeenStillGetsItsKillAtTheStartOfTheFirstStep() throws Exception {
        StepKiller.Outcome outcome = killWithStaleEstimate(StepKiller.START_UP);
        assertThat(outcome.killed()).as("killed, not ended by itself (exit %d)", outcome.exitCode()).isTrue();
        assertThat(outcome.landed()).matches("ingestExport:ingest-ca[tw]i \\(at its start\\)");
        assertThat(StepLog.place(outcome.landed())).isEqualTo("ingestExports");
    }

    @Test
    void aStepFarShorterThanLastSeenStillGetsItsKillAtTheStartOfTheNextStep() throws Exception {
        StepKiller.Outcome outcome = killWithStaleEstimate("computeWeights");
        assertThat(outcome.killed()).as("killed, not ended by itself (exit %d)", outcome.exitCode()).isTrue();
        assertThat(outcome.landed()).isEqualTo("estimateTables (at its start)");
        assertThat(StepKiller.resumeAfter(outcome.landed(), "ingestExports")).isEqualTo("estimateTables");
    }

    /** A kill aimed at {@code target}, which last took an hour (seed 1: the moment drawn is ~44 min in). */
    private StepKiller.Outcome killWithStaleEstimate(String target) throws Exception {
        Path spec = SampleProject.copyTo(dir);
        StepKiller killer = new StepKiller(new Random(1));
        killer.expect(target, Duration.ofHours(1).toMillis());
        StepKiller.Outcome outcome = killer.kill(options -> ChildRun.start(dir.resolve("logs"), "run",
                StepLog.LOGGING, options, "run", spec.toString()), target, "ingestExports",
                Deadline.in(LIMIT, "the limit of a killed run"));
        assertThat(outcome.millis()).as("killed within the limit, not after the hour").isLessThan(LIMIT.toMillis());
        return outcome;
    }

    @Test
    void aRunKilledBeforeItLoggedAStepWasInStartUp() {
        assertThat(StepLog.landing(lines("Job: [SimpleJob: [name=wave]] launched"))).isEqualTo("start-up");
        assertThat(StepKiller.resumeAfter("start-up", "publish")).as("it begins where it would have")
                .isEqualTo("publish");
    }

    @Test
    void aRunKilledInAPartitionOfTheIngestWasInTheIngest() {
        String landed = StepLog.landing(lines("Executing step: [ingestExports]",
                "Executing step: [ingestExport:ingest-cati]", "Step: [ingestExport:ingest-cati] executed in 366ms",
                "Executing step: [ingestExport:ingest-cawi]"));
        assertThat(landed).isEqualTo("ingestExport:ingest-cawi");
        assertThat(StepLog.place(landed)).isEqualTo("ingestExports");
        assertThat(StepKiller.resumeAfter(landed, "ingestExports")).isEqualTo("ingestExports");
    }

    @Test
    void aRunKilledBetweenStepsBeginsWithTheNextOne() {
        String landed = StepLog.landing(lines("Executing step: [deriveStrata]",
                "Step: [deriveStrata] executed in 1s153ms"));
        assertThat(landed).isEqualTo("after deriveStrata");
        assertThat(StepLog.place(landed)).isEqualTo("between steps");
        assertThat(StepKiller.resumeAfter(landed, "deriveStrata")).isEqualTo("computeWeights");
        assertThat(StepKiller.resumeAfter("after publishWorkbook", "publish")).isEqualTo("registerWave");
        assertThat(StepKiller.resumeAfter("after registerWave", "publish")).as("no step left").isNull();
    }

    @Test
    void aRunKilledWhilePausingAtAStepsStartWasInThatStep() {
        String landed = StepLog.landing(lines("Executing step: [publish]", "Step: [publish] executed in 188ms",
                "Executing step: [publishWorkbook]", "pausing 600000 ms in step publishWorkbook"));
        assertThat(landed).isEqualTo("publishWorkbook (at its start)");
        assertThat(StepLog.place(landed)).isEqualTo("publishWorkbook");
    }

    @Test
    void thePlacesTakeTurnsAndAPlaceTheRunHasPassedEndsTheCycle() {
        StepKiller killer = new StepKiller(new Random(1));
        assertThat(killer.target("ingestExports")).isEqualTo("start-up");
        assertThat(killer.target(null)).as("start-up lies ahead of every run").isEqualTo("start-up");
        killer.nextTurn();
        assertThat(killer.target("ingestExports")).isEqualTo("ingestExports");
        killer.nextTurn();
        assertThat(killer.target("deriveStrata")).isEqualTo("deriveStrata");
        assertThat(killer.target("computeWeights")).as("passed: the run has to be completed first").isNull();
        assertThat(killer.target(null)).as("no step left").isNull();
        for (int i = 0; i < 5; i++) {
            killer.nextTurn();
        }
        assertThat(killer.target("publishWorkbook")).isEqualTo("registerWave");
        killer.nextTurn();
        assertThat(killer.target("registerWave")).as("after the last step, start-up again").isEqualTo("start-up");
    }

    private static List<Line> lines(String... texts) {
        return Arrays.stream(texts).map(text -> new Line("10:00:00.000 INFO  AbstractStep - " + text, 0)).toList();
    }
}
