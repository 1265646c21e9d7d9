package nl.weegschaal.publish.catalog;

import nl.weegschaal.OutputException;

/** The wave catalog cannot be used (not a catalog, held by another process, unknown wave); it was left as it was. */
public class CatalogException extends OutputException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
