package nl.weegschaal.spec;

import nl.weegschaal.WeegschaalException;

/** The job spec is not valid; the message names the spec file, the line and the key. */
public class SpecException extends WeegschaalException {
    public SpecException(String message) {
        super(message);
    }

    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
