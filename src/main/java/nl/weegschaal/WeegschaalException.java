package nl.weegschaal;

/**
 * Base of every error the product reports to its user. The message is written for a statistician:
 * it names the file, the line or stratum, and what is wrong, and it is shown without a stack trace.
 */
public abstract class WeegschaalException extends RuntimeException {
    protected WeegschaalException(String message) {
        super(message);
    }

    protected WeegschaalException(String message, Throwable cause) {
        super(message, cause);
    }
}
