/** The population frame: counts per stratum from the business register, and their validation. */
@NullMarked
package nl.weegschaal.frame;

import org.jspecify.annotations.NullMarked;
