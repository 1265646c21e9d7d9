package nl.weegschaal.job.wave;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Lets an operator (or a test) check that a run which fails in a given step can be restarted:
 * with the system property {@code weegschaal.fail-at} set to a step name (or the start of one),
 * that step fails before it does anything. Unset, it does nothing.
 */
class FaultInjection implements StepExecutionListener {
    static final String PROPERTY = "weegschaal.fail-at";

    @Override
    public void beforeStep(StepExecution stepExecution) {
        String failAt = System.getProperty(PROPERTY);
        if (failAt != null && !failAt.isBlank() && stepExecution.getStepName().startsWith(failAt)) {
            throw new InjectedFault("failure injected at step " + stepExecution.getStepName() + " ("
                    + PROPERTY + "=" + failAt + ")");
        }
    }

    /** The failure {@link FaultInjection} causes. */
    static final class InjectedFault extends RuntimeException {
        InjectedFault(String message) {
            super(message);
        }
    }
}
