package nl.weegschaal.result;

import org.jspecify.annotations.Nullable;

/**
 * A cell of the {@code estimates} table as published: the estimate (a fraction), its standard error
 * and the domain's respondents who answered ({@code n_unweighted}); null where the file has none.
 */
public record Cell(@Nullable Double estimate, @Nullable Double se, @Nullable Long respondents) {
}
