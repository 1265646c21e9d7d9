package nl.weegschaal.result;

import nl.weegschaal.estimation.Reliability;
import org.jspecify.annotations.Nullable;

/**
 * A cell of the {@code estimates} table as the publication shows it: the estimate, the published
 * interval ({@code ci_lower}, {@code ci_upper}), all fractions, the domain's respondents who answered,
 * and the cell's reliability with its reason (null when publishable); numbers null where the file has none.
 */
public record PublishedCell(@Nullable Double estimate, @Nullable Double lower, @Nullable Double upper,
                            @Nullable Long respondents, Reliability reliability, @Nullable String reason) {
}
