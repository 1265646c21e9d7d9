/** Publishing results: atomic result files, the DuckDB store and (later) workbooks. */
@NullMarked
package nl.weegschaal.publish;

import org.jspecify.annotations.NullMarked;
