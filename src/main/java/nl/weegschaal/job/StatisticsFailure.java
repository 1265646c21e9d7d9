package nl.weegschaal.job;

import nl.weegschaal.WeegschaalException;
import nl.weegschaal.weighting.WeightingException;

/**
 * A run that the statistics core could not weigh or estimate, named in the core's own words: the
 * core stands alone (it knows nothing of the program's errors), so the job turns its failure into
 * one of them here.
 */
public class StatisticsFailure extends WeegschaalException {
    public StatisticsFailure(WeightingException cause) {
        super(cause.getMessage(), cause);
    }
}
