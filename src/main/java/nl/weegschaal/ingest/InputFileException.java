package nl.weegschaal.ingest;

import nl.weegschaal.WeegschaalException;

/** An input file is missing, unreadable or not the CSV it should be. The message names file and line. */
public class InputFileException extends WeegschaalException {
    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
