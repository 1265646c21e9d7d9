/** Spring Batch wiring: one configuration per job, steps that call the plain-Java engine. */
@NullMarked
package nl.weegschaal.job;

import org.jspecify.annotations.NullMarked;
