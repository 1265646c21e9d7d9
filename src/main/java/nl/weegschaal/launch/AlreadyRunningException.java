package nl.weegschaal.launch;

import nl.weegschaal.WeegschaalException;

/** Another process is writing the same output (the same wave, or {@code weigh} with the same {@code --out}). */
public final class AlreadyRunningException extends WeegschaalException {
    AlreadyRunningException(String message) {
        super(message);
    }
}
