package nl.weegschaal.cli;

/**
 * The program. {@code main} parses the command line first, so usage errors and {@code generate}
 * need no Spring context; commands that run a job start the context themselves
 * ({@link nl.weegschaal.launch.JobContextConfiguration}).
 */
public final class WeegschaalApplication {
    private WeegschaalApplication() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
