/**
 * The XLSX summary for report writers: a sheet per question with weighted percentages, margins of
 * error and the publication rules applied, a notes sheet and a weighting sheet.
 */
@NullMarked
package nl.weegschaal.publish.xlsx;

import org.jspecify.annotations.NullMarked;
