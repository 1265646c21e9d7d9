package nl.weegschaal.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A response in the wave's own terms, whatever export it came from.
 *
 * @param id     the respondent's id, null when the run has none ({@code weigh} without {@code --id})
 * @param mode   how it was collected, null when the run does not say ({@code weigh})
 * @param values per field of {@link nl.weegschaal.spec.WaveSpec#fields()}: the register value as
 *               text, a level code, {@code 1}/{@code 0} for a multiple-response option, or null
 *               for missing
 */
public record HarmonisedRecord(@Nullable String id, @Nullable String mode, String source, long line,
                               List<@Nullable String> values) {
}
