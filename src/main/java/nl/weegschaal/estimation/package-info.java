/**
 * Estimation: weighted proportions with design-based variances, intervals and design effects,
 * computed from per-stratum counts ({@link nl.weegschaal.estimation.DomainTally}).
 */
@NullMarked
package nl.weegschaal.estimation;

import org.jspecify.annotations.NullMarked;
