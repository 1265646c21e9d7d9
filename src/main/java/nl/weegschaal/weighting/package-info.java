/** Weighting: from respondents and population counts per stratum to a weighted {@link nl.weegschaal.weighting.Design}. */
@NullMarked
package nl.weegschaal.weighting;

import org.jspecify.annotations.NullMarked;
