package nl.weegschaal;

import nl.weegschaal.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The program. {@code main} parses the command line first, so usage errors and {@code generate}
 * need no Spring context; commands that run a job start the context themselves.
 */
@SpringBootApplication
public class WeegschaalApplication {
    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
