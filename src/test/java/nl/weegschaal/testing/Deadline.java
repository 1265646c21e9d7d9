package nl.weegschaal.testing;

import java.time.Duration;

/**
 * A moment by which a test must be done waiting, so that every wait, poll or loop of a test ends
 * on a slow, busy machine too; {@code what} says whose bound it is, for the failure message.
 */
public record Deadline(String what, long nanos, Duration limit) {

    /** The deadline {@code limit} from now. */
    public static Deadline in(Duration limit, String what) {
        return new Deadline(what, System.nanoTime() + limit.toNanos(), limit);
    }

    /** The earlier of this deadline and {@code limit} from now, named after the one that comes first. */
    public Deadline within(Duration limit, String what) {
        Deadline other = in(limit, what);
        return other.nanos - nanos < 0 ? other : this;
    }

    public boolean passed() {
        return System.nanoTime() - nanos >= 0;
    }

    /** Milliseconds left, at least 0. */
    public long remainingMillis() {
        return Math.max(0, (nanos - System.nanoTime()) / 1_000_000);
    }

    /** "the time budget of the crash test (6 min)": which bound was reached, for a failure message. */
    public String describe() {
        long seconds = limit.toSeconds();
        return what + " (" + (seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s") + ")";
    }
}
