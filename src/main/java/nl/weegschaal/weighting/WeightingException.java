package nl.weegschaal.weighting;

import nl.weegschaal.WeegschaalException;

/** The weights cannot be formed (raking does not close, a lonely stratum under rule fail, ...). */
public class WeightingException extends WeegschaalException {
    public WeightingException(String message) {
        super(message);
    }
}
