/** The command-line interface: {@code weigh}, {@code generate}. */
@NullMarked
package nl.weegschaal.cli;

import org.jspecify.annotations.NullMarked;
