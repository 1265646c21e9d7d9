package nl.weegschaal.job;

import nl.weegschaal.WeegschaalException;

/** Too many records were rejected to weigh the wave. */
public class RejectLimitException extends WeegschaalException {
    RejectLimitException(String message) {
        super(message);
    }
}
