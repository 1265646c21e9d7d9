package nl.weegschaal.launch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One execution of a wave's job as its job repository records it, for {@code status}.
 *
 * @param processAlive for an execution recorded as running in the default (H2) repository: whether the
 *                     process recorded in the wave's lock file is alive; null when that cannot be told
 *                     or does not apply (an execution that ended, a shared repository, another machine)
 * @param reason       for a failed execution: why, in one line with the step it failed in; null otherwise
 */
public record WaveRun(long run, long instance, String status, @Nullable LocalDateTime started,
                      @Nullable LocalDateTime ended, @Nullable Boolean processAlive, @Nullable String reason,
                      List<Step> steps) {
    public WaveRun {
        steps = List.copyOf(steps);
    }

    /**
     * A step of the execution: records read, written and rejected, and how long it took (null while it
     * runs, and for a partition's worker step that a killed run created but never started).
     */
    public record Step(String name, String status, long read, long written, long rejected,
                       @Nullable Duration took) {
    }
}
