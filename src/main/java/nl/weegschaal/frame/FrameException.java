package nl.weegschaal.frame;

import nl.weegschaal.WeegschaalException;

/** The population frame, or the sample measured against it, is not usable for weighting. */
public class FrameException extends WeegschaalException {
    public FrameException(String message) {
        super(message);
    }
}
