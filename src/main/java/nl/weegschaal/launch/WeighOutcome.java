package nl.weegschaal.launch;

import java.time.Duration;

/**
 * A completed {@code weigh} run: respondents weighted, strata weighted, frame strata dropped for want
 * of respondents, cells estimated, and how long it took from the check of its files to its end.
 */
public record WeighOutcome(long respondents, long strata, long droppedStrata, long estimates, Duration took) {
}
