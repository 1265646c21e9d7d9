package nl.weegschaal.cli;

import nl.weegschaal.WeegschaalException;

/**
 * The job ended STOPPED (after a SIGTERM) rather than completing: not an error, but not done either.
 * The message says in which step and how to continue; the exit code is {@link ExitCodes#STOPPED}.
 */
final class JobStoppedException extends WeegschaalException {
    JobStoppedException(String message) {
        super(message);
    }
}
