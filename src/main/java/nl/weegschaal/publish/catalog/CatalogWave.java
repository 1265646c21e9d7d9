package nl.weegschaal.publish.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A row of the catalog's {@code waves} table: a registered wave, its result file as it was when registered,
 * and the schema that holds the copies of its tables.
 */
public record CatalogWave(String wave, String survey, @Nullable LocalDate fieldworkFrom,
                          @Nullable LocalDate fieldworkTo, Path resultFile, long resultBytes, String resultSha256,
                          @Nullable String runId, @Nullable String method, LocalDateTime registeredAt,
                          String schemaName) {
}
