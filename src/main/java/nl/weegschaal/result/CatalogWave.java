package nl.weegschaal.result;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A wave registered in the wave catalog ({@code waves.duckdb}): its row of {@code waves} and its
 * respondents (the {@code n_respondents} of its {@code runs} row, null when the run does not record it).
 *
 * @param schema the catalog schema that holds the copies of the wave's tables
 */
public record CatalogWave(String wave, @Nullable String survey, @Nullable LocalDate fieldworkFrom,
                          @Nullable LocalDate fieldworkTo, @Nullable Long respondents, String schema) {
}
