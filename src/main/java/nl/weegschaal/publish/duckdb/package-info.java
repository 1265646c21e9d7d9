/** The DuckDB result store: one file per run, bulk-loaded with the appender. */
@NullMarked
package nl.weegschaal.publish.duckdb;

import org.jspecify.annotations.NullMarked;
