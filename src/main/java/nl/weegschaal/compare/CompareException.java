package nl.weegschaal.compare;

import nl.weegschaal.WeegschaalException;

/** Two result files cannot be compared: a file is missing, is not a result file, or cannot be read. */
public class CompareException extends WeegschaalException {
    public CompareException(String message) {
        super(message);
    }

    public CompareException(String message, Throwable cause) {
        super(message, cause);
    }
}
