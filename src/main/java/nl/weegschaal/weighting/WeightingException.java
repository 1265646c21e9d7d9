package nl.weegschaal.weighting;

/**
 * The weights cannot be formed as asked (a raking margin that cannot be met, a trimming cap that
 * cannot keep a population, a lonely stratum under the rule {@code fail}, ...): the message says why
 * in a statistician's words. The statistics core stands alone, so this is a plain runtime exception;
 * the job reports it as the run's named failure.
 */
public class WeightingException extends RuntimeException {
    public WeightingException(String message) {
        super(message);
    }
}
