package nl.weegschaal.launch;

import nl.weegschaal.WeegschaalException;

/**
 * The job ended STOPPED (after a SIGTERM) rather than completing: not an error, but not done either.
 * The message says in which step and how to continue; the exit code is {@link #EXIT_STATUS}.
 */
public final class JobStoppedException extends WeegschaalException {
    /**
     * The exit status of a run stopped by SIGTERM: 128 + 15, as for any process that SIGTERM ends (the
     * JVM's own code for it when a SIGTERM comes outside a job), so that schedulers see the usual code.
     */
    public static final int EXIT_STATUS = 143;

    JobStoppedException(String message) {
        super(message);
    }
}
