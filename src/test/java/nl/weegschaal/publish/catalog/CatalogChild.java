package nl.weegschaal.publish.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.weegschaal.testing.ChildRun;

/**
 * Another process at the catalog, for the tests: {@code hold CATALOG MILLIS} opens it and keeps it that long;
 * {@code die CATALOG RESULT WAVE} registers a wave and halts the JVM (as SIGKILL would, no finally, no shutdown
 * hook) in the middle of the registration's transaction, when the changes are computed: after the copies,
 * the {@code waves} row and the views were written.
 */
public final class CatalogChild {
    private CatalogChild() {
    }

    public static void main(String[] args) throws Exception {
        Path catalog = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + catalog)) {
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(Long.parseLong(args[2]));
            }
            return;
        }
        ChangeSource halt = (from, to, connection) -> {
            System.out.println("halting");
            System.out.flush();
            Runtime.getRuntime().halt(137);
            return List.of();
        };
        new WaveCatalog(catalog, halt, Duration.ofSeconds(5)).register(new WaveInfo(args[3], "survey",
                LocalDate.of(2025, 9, 15), LocalDate.of(2025, 11, 21)), Path.of(args[2]));
        System.out.println("registered, not halted");
    }

    /** Starts {@code java CatalogChild ARGS} with the tests' class path. */
    static Process start(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", ChildRun.temporaryFolder(log.toAbsolutePath().getParent()), "-cp",
                System.getProperty("java.class.path"), CatalogChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits (bounded) until the child's output contains {@code line}; false when it ended or the bound passed. */
    static boolean awaitLine(Process child, Path log, String line, Duration bound) throws Exception {
        long end = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() - end < 0) {
            if (java.nio.file.Files.exists(log) && java.nio.file.Files.readString(log).contains(line)) {
                return true;
            }
            if (!child.isAlive()) {
                return java.nio.file.Files.readString(log).contains(line);
            }
            child.waitFor(50, TimeUnit.MILLISECONDS);
        }
        return false;
    }
}
