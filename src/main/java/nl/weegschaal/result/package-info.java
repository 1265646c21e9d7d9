/**
 * Reading a result file of {@code weigh} or of the wave job: {@link nl.weegschaal.result.ResultReader},
 * the one reader, used by the workbook, {@code compare} and {@code digest}, and the values it reads.
 */
@NullMarked
package nl.weegschaal.result;

import org.jspecify.annotations.NullMarked;
