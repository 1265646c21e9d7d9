/**
 * The wave catalog: one DuckDB database per output folder ({@code waves.duckdb}) in which every completed wave
 * run registers its wave (a copy of its result's tables in a schema of its own), with views over all waves and
 * the changes between consecutive waves, so that a trend is one query.
 */
@NullMarked
package nl.weegschaal.publish.catalog;

import org.jspecify.annotations.NullMarked;
