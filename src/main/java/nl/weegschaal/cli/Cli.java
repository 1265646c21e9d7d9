package nl.weegschaal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import nl.weegschaal.WeegschaalException;
import nl.weegschaal.OutputException;
import nl.weegschaal.launch.AlreadyRunningException;
import nl.weegschaal.launch.Failures;
import nl.weegschaal.launch.JobStoppedException;
import nl.weegschaal.publish.StorageFailure;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The command-line entry point: parses, runs, and reports errors in one line each. */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with its summary going to {@code out} and its errors to {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        if (debug) {
            System.setProperty("WEEGSCHAAL_BATCH_LOG_LEVEL", "INFO");
            System.setProperty("WEEGSCHAAL_POI_LOG_LEVEL", "WARN");
        }
        CommandLine commandLine = WeegschaalCommand.commandLine(args).setOut(out).setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> report(cl, e, debug));
        return commandLine.execute(args);
    }

    /**
     * The storage failure (disk full, read-only, no permission) behind {@code e}, naming
     * {@code outputDir} when the failure itself names no file; otherwise {@code e} as it is.
     */
    static Exception storageFailure(Exception e, @Nullable Path outputDir) {
        return Failures.storage(e, outputDir);
    }

    private static int report(CommandLine commandLine, Exception e, boolean debug) {
        WeegschaalException named = Failures.named(e);
        if (named instanceof JobStoppedException stopped) {
            commandLine.getErr().println("weegschaal: " + stopped.getMessage());
            return ExitCodes.STOPPED;
        }
        if (debug) {
            LOG.error("the run failed", e);
        }
        if (storageFailure(e, null) instanceof StorageFailure storage) {
            commandLine.getErr().println("weegschaal: error: " + storage.getMessage());
            return ExitCodes.CANNOT_WRITE;
        }
        if (named != null) {
            commandLine.getErr().println("weegschaal: error: " + named.getMessage());
            return named instanceof AlreadyRunningException ? ExitCodes.ALREADY_RUNNING : ExitCodes.INPUT_ERROR;
        }
        commandLine.getErr().println("weegschaal: internal error: " + e + rootCause(e)
                + (debug ? "" : " (run again with --debug for the stack trace)"));
        return ExitCodes.INTERNAL_ERROR;
    }

    /**
     * The innermost cause, if there is one: Spring Batch's {@code JobOperator.restart} reports every
     * failure to restart as "job execution already running" and keeps the real reason as the cause.
     */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? "" : ", caused by " + String.valueOf(root).replaceAll("\\s+", " ");
    }
}
