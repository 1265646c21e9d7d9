package nl.weegschaal.generate;

import java.nio.file.Path;

/**
 * What {@link SyntheticWaveGenerator#write} produced.
 *
 * @param responses   the written {@code responses.csv}
 * @param frame       the written {@code frame.csv}
 * @param respondents number of data rows in {@code responses.csv}
 * @param strata      number of strata (data rows) in {@code frame.csv}
 */
public record GeneratedWave(Path responses, Path frame, int respondents, int strata) {
}
