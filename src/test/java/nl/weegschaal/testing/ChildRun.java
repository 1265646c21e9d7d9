package nl.weegschaal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.weegschaal.cli.WeegschaalApplication;

/**
 * The command line in a JVM of its own, as an operator starts it, so that a test can kill it or send
 * it SIGTERM. Its standard error is read line by line as it is written, each line with the moment it
 * was read, so that a test can act on what the run says (a step it starts, a pause) instead of on a
 * delay measured beforehand; it is also kept in {@code NAME.err}, standard output in {@code NAME.out}.
 * Every wait takes a {@link Deadline} and fails with what the run said so far when it passes; a run
 * still alive at {@link #close()} is killed. Signals go through the {@link ProcessHandle}: {@link
 * Process#destroy()} would also close the pipe, losing what the run wrote last and failing its
 * further writes.
 */
public final class ChildRun implements AutoCloseable {
    /** SIGKILL's exit status: 128 + 9. */
    public static final int KILLED = 137;

    /**
     * These runs last seconds, most of it start-up: compiling only with C1 halves that on a busy
     * machine, where the optimising compiler's threads compete with everything else.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    /** A line of standard error and the {@link System#nanoTime()} at which it was read. */
    public record Line(String text, long nanos) {
    }

    private final String name;
    private final Process process;
    private final long startedNanos = System.nanoTime();
    private final Path out;
    private final List<Line> lines = new ArrayList<>(); // guarded by this
    private boolean ended; // guarded by this: standard error is closed
    private final Thread reader;

    private ChildRun(String name, ProcessBuilder builder, Path err) throws IOException {
        this.name = name;
        this.out = builder.redirectOutput().file().toPath();
        this.process = builder.start();
        this.reader = new Thread(() -> read(err), "stderr of " + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code java JVM_OPTIONS ... WeegschaalApplication ARGS} with {@code environment} added,
     * its output in {@code folder/NAME.out} and {@code .err}.
     */
    public static ChildRun start(Path folder, String name, Map<String, String> environment, List<String> jvmOptions,
                                 String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_START);
        command.add(temporaryFolder(folder));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WeegschaalApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(Files.createDirectories(folder).resolve(name + ".out").toFile());
        builder.environment().putAll(environment);
        return new ChildRun(name, builder, folder.resolve(name + ".err"));
    }

    /**
     * The child's temporary folder, inside the test's own: the DuckDB driver copies its 58 MB native
     * library into the temporary folder at every start and deletes the copy only when the JVM exits
     * normally, so each child a test kills left one behind in /tmp (a full suite about 35, 2 GB, until the
     * disk of the machine that runs it was full).
     */
    public static String temporaryFolder(Path folder) throws IOException {
        return "-Djava.io.tmpdir=" + Files.createDirectories(folder.resolve("tmp"));
    }

    /**
     * Starts {@code command} as it is (e.g. the launcher script {@code ./weegschaal}) with
     * {@code environment} added, its output in {@code folder/NAME.out} and {@code .err}.
     */
    public static ChildRun command(Path folder, String name, Map<String, String> environment, List<String> command)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(Files.createDirectories(folder).resolve(name + ".out").toFile());
        builder.environment().putAll(environment);
        return new ChildRun(name, builder, folder.resolve(name + ".err"));
    }

    private void read(Path copy) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8)); Writer file = Files.newBufferedWriter(copy)) {
            for (String text = err.readLine(); text != null; text = err.readLine()) {
                Line line = new Line(text, System.nanoTime());
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
                file.write(text + "\n");
                file.flush();
            }
        } catch (IOException e) {
            // the stream closes when the process dies; what was read is kept
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /**
     * The first line of standard error that {@code wanted} accepts, as soon as it is written; empty
     * when the run closes its standard error (it ended) without one, or at {@code until}, whichever
     * comes first (which one: {@link #isAlive()}, {@link Deadline#passed()}).
     */
    public synchronized Optional<Line> awaitLine(Predicate<String> wanted, Deadline until) throws InterruptedException {
        for (int seen = 0; ; ) {
            for (; seen < lines.size(); seen++) {
                if (wanted.test(lines.get(seen).text())) {
                    return Optional.of(lines.get(seen));
                }
            }
            if (ended || until.passed()) {
                return Optional.empty();
            }
            wait(Math.max(1, until.remainingMillis()));
        }
    }

    /** Like {@link #awaitLine} but fails, naming {@code what} and the bound, when the line does not come. */
    public Line expectLine(Predicate<String> wanted, String what, Deadline until) throws InterruptedException {
        return awaitLine(wanted, until).orElseThrow(() -> new AssertionError(name + ": " + what + " did not come "
                + (until.passed() ? "within " + until.describe() : "before the run ended (exit " + exitCode() + ")")
                + "; it said:\n" + err()));
    }

    /** The exit code, waiting for it until {@code until}; past it the run is killed and the test fails. */
    public int awaitExit(Deadline until) throws InterruptedException {
        if (!process.waitFor(Math.max(1, until.remainingMillis()), TimeUnit.MILLISECONDS)) {
            close();
            throw new AssertionError(name + " did not end within " + until.describe() + " and was killed; it said:\n"
                    + err());
        }
        awaitOutput();
        return process.exitValue();
    }

    /** SIGKILL, as a power cut or the OOM killer; returns the exit code ({@link #KILLED} unless it had ended). */
    public int kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        return awaitExit(Deadline.in(java.time.Duration.ofMinutes(1), "the end of a killed process"));
    }

    /** SIGTERM, as systemd or {@code kill} send it. */
    public void terminate() {
        process.toHandle().destroy();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long startedNanos() {
        return startedNanos;
    }

    public String name() {
        return name;
    }

    /** The lines of standard error read so far. */
    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Standard error read so far. */
    public synchronized String err() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.text()).append('\n'));
        return text.toString();
    }

    /** Standard output, once the run has ended. */
    public String out() {
        try {
            return Files.readString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String exitCode() {
        return process.isAlive() ? "none yet" : String.valueOf(process.exitValue());
    }

    /** Waits (bounded) until standard error is read to its end, so that {@link #lines()} is complete. */
    private void awaitOutput() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.toHandle().destroyForcibly();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                throw new AssertionError(name + " could not be killed within a minute");
            }
        }
    }
}
