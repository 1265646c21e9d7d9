package nl.weegschaal.launch;

import nl.weegschaal.WeegschaalException;

/** A job ended without completing and without a named cause; the message says how it ended. */
class JobFailedException extends WeegschaalException {
    JobFailedException(String message) {
        super(message);
    }
}
