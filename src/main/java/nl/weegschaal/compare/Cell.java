package nl.weegschaal.compare;

import org.jspecify.annotations.Nullable;

/** A cell's estimate (a fraction), its standard error and its number of respondents, as published. */
public record Cell(@Nullable Double estimate, @Nullable Double se, @Nullable Long respondents) {
}
