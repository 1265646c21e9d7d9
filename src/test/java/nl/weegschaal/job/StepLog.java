package nl.weegschaal.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weegschaal.testing.ChildRun.Line;

/**
 * What a run of the wave job says about its steps on standard error, with {@link #LOGGING}: Spring
 * Batch's {@code Executing step: [X]} and {@code Step: [X] executed in}, and {@link FaultInjection}'s
 * {@code pausing N ms in step X}; read by the crash tests to tell where a run is and was.
 */
final class StepLog {
    /** The environment that makes a run log its steps (the batch logging an operator turns on for debugging). */
    static final Map<String, String> LOGGING = Map.of("WEEGSCHAAL_BATCH_LOG_LEVEL", "INFO");
    private static final Pattern STARTS = Pattern.compile("Executing step: \\[(.+)]");
    private static final Pattern ENDS = Pattern.compile("Step: \\[(.+)] executed in");
    private static final String PAUSING = "pausing ";

    private StepLog() {
    }

    static boolean isStartOf(String text, String step) {
        return text.contains("Executing step: [" + step + "]");
    }

    static boolean isPause(String text) {
        return text.contains(PAUSING);
    }

    /** How long start-up (until the first step) and each step that ended took, in milliseconds. */
    static Map<String, Long> durations(List<Line> lines, long startedNanos) {
        Map<String, Long> millis = new HashMap<>();
        Map<String, Long> started = new HashMap<>();
        for (Line line : lines) {
            Matcher starts = STARTS.matcher(line.text());
            Matcher ends = ENDS.matcher(line.text());
            if (starts.find()) {
                if (started.isEmpty()) {
                    millis.put(StepKiller.START_UP, (line.nanos() - startedNanos) / 1_000_000);
                }
                started.put(starts.group(1), line.nanos());
            } else if (ends.find() && started.containsKey(ends.group(1))) {
                millis.put(ends.group(1), Math.max(1, (line.nanos() - started.get(ends.group(1))) / 1_000_000));
            }
        }
        return millis;
    }

    /**
     * Where a killed run was, from what it logged: the innermost step it had started and not ended
     * ("(at its start)" when it was pausing there), "after STEP" between steps, or start-up.
     */
    static String landing(List<Line> lines) {
        Deque<String> open = new ArrayDeque<>();
        String last = null;
        boolean paused = false;
        for (Line line : lines) {
            Matcher starts = STARTS.matcher(line.text());
            Matcher ends = ENDS.matcher(line.text());
            if (starts.find()) {
                open.push(starts.group(1));
                paused = false;
            } else if (ends.find()) {
                open.remove(ends.group(1));
                last = ends.group(1);
                paused = false;
            } else if (isPause(line.text())) {
                paused = true;
            }
        }
        if (!open.isEmpty()) {
            return open.peek() + (paused ? " (at its start)" : "");
        }
        return last == null ? StepKiller.START_UP : "after " + last;
    }

    /**
     * The place of a landing: start-up, a step (the ingest's partitions count as the ingest) or
     * "between steps".
     */
    static String place(String landed) {
        String step = landed.replace(" (at its start)", "");
        if (step.startsWith("after ")) {
            return "between steps";
        }
        return step.startsWith("ingestExport") ? "ingestExports" : step;
    }
}
