package nl.weegschaal.job;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Lets an operator (or a test) check that a run which fails, or is stopped, in a given step can be
 * restarted. With the system property {@code weegschaal.fail-at} set to a step name (or the start of
 * one), that step fails before it does anything. With {@code weegschaal.pause-at}, that step first
 * waits {@code weegschaal.pause-ms} milliseconds (default 5000), so that a SIGTERM can be sent while
 * the run is certainly inside it (the step is STARTED in the job repository); a step that is already
 * being stopped does not wait. Unset, it does nothing. It listens to the steps of the wave job and of
 * the {@code weigh} job.
 */
public class FaultInjection implements StepExecutionListener {
    static final String PROPERTY = "weegschaal.fail-at";
    static final String PAUSE_PROPERTY = "weegschaal.pause-at";
    static final String PAUSE_MILLIS_PROPERTY = "weegschaal.pause-ms";
    private static final Logger LOG = LoggerFactory.getLogger(FaultInjection.class);

    @Override
    public void beforeStep(StepExecution stepExecution) {
        String step = stepExecution.getStepName();
        if (matches(System.getProperty(PROPERTY), step)) {
            throw new InjectedFault("failure injected at step " + step + " (" + PROPERTY + "="
                    + System.getProperty(PROPERTY) + ")");
        }
        if (matches(System.getProperty(PAUSE_PROPERTY), step) && !stepExecution.isTerminateOnly()) {
            long millis = Long.getLong(PAUSE_MILLIS_PROPERTY, 5000);
            LOG.info("pausing {} ms in step {} ({}={})", millis, step, PAUSE_PROPERTY,
                    System.getProperty(PAUSE_PROPERTY));
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean matches(@Nullable String prefix, String step) {
        return prefix != null && !prefix.isBlank() && step.startsWith(prefix);
    }

    /** The failure {@link FaultInjection} causes. */
    static final class InjectedFault extends RuntimeException {
        InjectedFault(String message) {
            super(message);
        }
    }
}
