/**
 * Deterministic synthetic survey waves (responses and population frame) shaped like the UWV
 * employer survey 2024, for demos, tests and load runs. Plain Java, no framework dependencies.
 */
@NullMarked
package nl.weegschaal.generate;

import org.jspecify.annotations.NullMarked;
