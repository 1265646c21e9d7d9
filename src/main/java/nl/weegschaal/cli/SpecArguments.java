package nl.weegschaal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The SPEC argument of a command that needs a project: a spec that is not there is a command-line
 * error (exit 2) naming the working folder, since the usual cause is a command started outside the
 * project folder, not a spec that is wrong.
 */
final class SpecArguments {
    private SpecArguments() {
    }

    /** {@code file} as given, once it is known to be a file. */
    static Path existing(CommandSpec command, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(command.commandLine(), "the spec " + file + " is not "
                    + (Files.exists(file) ? "a file" : "there") + " (looked in " + Path.of("").toAbsolutePath()
                    + "); start weegschaal in the project folder (the one with jobs/) or give the spec's full path");
        }
        return file;
    }
}
