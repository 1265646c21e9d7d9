package nl.weegschaal.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.weegschaal.cli.Cli;

/** Runs the command line in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(Path home, String... args) {
        System.setProperty("weegschaal.home", home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
