package nl.weegschaal.publish.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the catalog records of a wave besides its result: the spec's {@code wave}, {@code survey} and
 * {@code fieldwork} period (null when the spec has none).
 */
public record WaveInfo(String wave, String survey, @Nullable LocalDate fieldworkFrom, @Nullable LocalDate fieldworkTo) {
}
