package nl.weegschaal.launch;

import nl.weegschaal.WeegschaalException;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Why a run failed, in one line, as the job repository keeps it: the exit description of a failed
 * step is the stack trace of what failed it, and the line a user needs is the message of the named
 * error (a {@link WeegschaalException}) in it, the same line the failed run printed; a failure the
 * program did not name shows as its first line.
 */
final class FailureReason {
    private static final String CAUSED_BY = "Caused by: ";

    private FailureReason() {
    }

    /** The reason a failed execution failed, with the step it failed in; null for one that did not fail. */
    static @Nullable String of(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return null;
        }
        String unnamed = null;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() != BatchStatus.FAILED) {
                continue;
            }
            String description = step.getExitStatus().getExitDescription();
            String named = named(description);
            if (named != null) {
                return "in step " + step.getStepName() + ": " + named;
            }
            if (unnamed == null && !description.isBlank()) {
                unnamed = "in step " + step.getStepName() + ": " + description.lines().findFirst().orElse("");
            }
        }
        if (unnamed != null) {
            return unnamed;
        }
        String job = execution.getExitStatus().getExitDescription();
        String named = named(job);
        return named != null ? named : job.isBlank() ? "no reason recorded" : job.lines().findFirst().orElse("");
    }

    /**
     * The message of the first named error in a stack trace: a line, the first or one that starts
     * with "Caused by: ", of the form {@code some.Class: message} where the class is a named error.
     */
    static @Nullable String named(String stackTrace) {
        boolean first = true;
        for (String line : (Iterable<String>) stackTrace.lines()::iterator) {
            String head = first ? line : line.startsWith(CAUSED_BY) ? line.substring(CAUSED_BY.length()) : null;
            first = false;
            int colon = head == null ? -1 : head.indexOf(": ");
            if (colon > 0 && isNamedError(head.substring(0, colon))) {
                return head.substring(colon + 2);
            }
        }
        return null;
    }

    private static boolean isNamedError(String className) {
        try {
            return WeegschaalException.class.isAssignableFrom(
                    Class.forName(className, false, FailureReason.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
