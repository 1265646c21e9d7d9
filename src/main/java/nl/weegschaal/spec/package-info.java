/** The job spec of a wave: its YAML, loaded and validated before anything runs. */
@NullMarked
package nl.weegschaal.spec;

import org.jspecify.annotations.NullMarked;
