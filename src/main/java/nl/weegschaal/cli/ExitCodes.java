package nl.weegschaal.cli;

import nl.weegschaal.launch.JobStoppedException;

/** Exit codes of the command-line program. */
public final class ExitCodes {
    /** The run completed and its results are in place. */
    public static final int OK = 0;
    /** The input is wrong (a named error was reported); nothing was written. */
    public static final int INPUT_ERROR = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** The wave was already done with the same spec and inputs; nothing changed. */
    public static final int ALREADY_DONE = 3;
    /**
     * Another run writing the same result (the same wave, or {@code weigh} with the same {@code --out})
     * is in progress; nothing was done (EX_TEMPFAIL).
     */
    public static final int ALREADY_RUNNING = 75;
    /**
     * The output could not be written because of the storage under it (full, read-only, no
     * permission); nothing was published and earlier results are intact (EX_IOERR).
     */
    public static final int CANNOT_WRITE = 74;
    /** An unexpected failure inside the program (EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;
    /**
     * The job was stopped by a SIGTERM (after the step that was running) and can be continued with
     * {@code restart}. 128 + 15, as for any process that SIGTERM ends (the JVM's own code for it when
     * a SIGTERM comes outside a job), so that schedulers see the usual code.
     */
    public static final int STOPPED = JobStoppedException.EXIT_STATUS;

    private ExitCodes() {
    }
}
