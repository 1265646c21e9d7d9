/**
 * {@code compare}: what changed between two result files (two waves, or two weightings of one wave):
 * per cell the two estimates, the difference in percentage points and, for independent samples
 * only, the standard error of the difference and a 5% significance test; the change in weights and
 * in the frame. Plain Java; DuckDB in and out.
 */
@NullMarked
package nl.weegschaal.compare;

import org.jspecify.annotations.NullMarked;
