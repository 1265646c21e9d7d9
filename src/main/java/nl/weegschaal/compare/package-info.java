/**
 * {@code compare}: what changed between two result files (two waves, or two weightings of one wave):
 * per cell the two estimates and their difference, all in percentage points, and, for independent
 * samples and cells publishable in both runs only, the standard error of the difference, a per-cell
 * p-value and its Benjamini-Hochberg q-value (false discovery rate 5%); the change in weights and in
 * the frame. Plain Java; DuckDB in and out.
 */
@NullMarked
package nl.weegschaal.compare;

import org.jspecify.annotations.NullMarked;
