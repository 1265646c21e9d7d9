package nl.weegschaal.result;

import nl.weegschaal.WeegschaalException;

/** The wave catalog cannot be read, or does not hold what was asked of it; the message says which and why. */
public class CatalogReadException extends WeegschaalException {
    public CatalogReadException(String message) {
        super(message);
    }

    public CatalogReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
