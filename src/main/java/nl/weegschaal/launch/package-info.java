/**
 * Job launching: starts the Spring context with a run's job repository, takes the run's locks, applies
 * the rules of a wave run (already done, recover a run that died, restart), starts the job through
 * Spring Batch's {@code JobOperator}, stops it gracefully at a SIGTERM, and returns the outcome or throws
 * the named error that ended it. The command line ({@code cli}) only parses, prints and maps errors to
 * exit codes.
 */
@NullMarked
package nl.weegschaal.launch;

import org.jspecify.annotations.NullMarked;
