/**
 * The command-line interface: parses the command line (picocli), hands the work to {@code launch}
 * (the jobs) or to the other packages (generate, compare, digest, workbook), prints the summary, and
 * turns each error into one line on standard error and its exit code ({@link nl.weegschaal.cli.ExitCodes}).
 */
@NullMarked
package nl.weegschaal.cli;

import org.jspecify.annotations.NullMarked;
