package nl.weegschaal;


/** A result cannot be written where it was asked for. Earlier results are left as they were. */
public class OutputException extends WeegschaalException {
    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutputException(String message) {
        super(message);
    }
}
