package nl.weegschaal.launch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How a run of the wave job ended, when it did not end with an error: done, or done already before. */
public sealed interface WaveOutcome {
    /**
     * The run completed: its execution ({@code run}), the counts the job recorded for its summary
     * (records read per export as {@code n_read_<export>}, rejected, respondents, strata, estimates;
     * null if it recorded none) and how long each step that ran took, in order.
     */
    record Done(long run, @Nullable Map<String, Long> counts, List<StepTime> steps, Duration took)
            implements WaveOutcome {
        public Done {
            steps = List.copyOf(steps);
        }
    }

    /**
     * The same spec on the same inputs completed before, in run {@code run} that ended at {@code ended};
     * {@code registered}: the wave's catalog lacked it (e.g. it was deleted), so it was registered now.
     */
    record AlreadyDone(long run, @Nullable LocalDateTime ended, boolean registered) implements WaveOutcome {
    }

    /** How long a step of a run took. */
    record StepTime(String step, Duration took) {
    }
}
