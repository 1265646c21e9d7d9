/**
 * Strata of an establishment derived from register data: the sector cluster from its SBI 2008 code
 * ({@link nl.weegschaal.strata.SectorClassification}) and the size class from its number of employees
 * ({@link nl.weegschaal.strata.SizeClasses}). Plain Java; every rejection carries a reason a statistician
 * understands.
 */
@NullMarked
package nl.weegschaal.strata;

import org.jspecify.annotations.NullMarked;
