/**
 * Strata of an establishment derived from register data: the sector cluster from its SBI code
 * ({@link nl.weegschaal.strata.SectorClassification}), checked against the SBI classification that ships as a data
 * file ({@link nl.weegschaal.strata.SbiEdition}, {@code sbi-2008.csv}), and the size class from its number of
 * employees ({@link nl.weegschaal.strata.SizeClasses}). Plain Java; every rejection carries a reason a statistician
 * understands.
 */
@NullMarked
package nl.weegschaal.strata;

import org.jspecify.annotations.NullMarked;
