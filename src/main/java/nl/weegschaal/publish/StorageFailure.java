package nl.weegschaal.publish;

import nl.weegschaal.OutputException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A write that failed because of the storage under the output folder (full, read-only, no
 * permission, over quota) rather than because of the data or a bug. Java, DuckDB and H2 all report
 * such failures with the operating system's words, wrapped in their own exceptions (an appender
 * error inside a chunk failure inside a step failure), so the failure is found by walking the
 * causes and reading those words.
 */
public final class StorageFailure extends OutputException {
    /** The operating system's words (strerror) for each storage condition, and what the operator should do. */
    private static final List<String[]> CONDITIONS = List.of(
            new String[] {"No space left on device", "the disk is full; make room"},
            new String[] {"Disk quota exceeded", "the disk quota is used up; make room"},
            new String[] {"File too large", "the file is larger than this system allows"},
            new String[] {"Read-only file system", "the output folder is on a read-only file system; "
                    + "point output.dir elsewhere or mount it writable"},
            new String[] {"Permission denied", "this user may not write there; fix the permissions"},
            new String[] {"Input/output error", "the storage reported a hardware or network error"});
    private static final Pattern QUOTED_PATH = Pattern.compile("\"(/[^\"]+)\"");

    /** Whether the message names the file or folder that could not be written. */
    private final boolean located;

    private StorageFailure(String message, boolean located, List<? extends Throwable> failures) {
        super(message, failures.get(0));
        this.located = located;
        // the other failures may be the only ones that name the file
        failures.stream().skip(1).forEach(this::addSuppressed);
    }

    /** The storage failure among {@code failure}'s causes and suppressed exceptions, or null if there is none. */
    public static @Nullable StorageFailure in(Throwable failure) {
        return in(List.of(failure), null);
    }

    /**
     * The storage failure among {@code failures} (and their causes), naming {@code outputDir} when no
     * exception names the file: H2 reports a full disk without the file's name, while DuckDB's
     * report of the same moment, in another step's failure, has it.
     */
    public static @Nullable StorageFailure in(List<? extends Throwable> failures, @Nullable Path outputDir) {
        String[] found = null;
        String file = null;
        for (Throwable t : chain(failures)) {
            if (t instanceof StorageFailure storage && (storage.located || outputDir == null)) {
                return storage;
            }
            String[] condition = t instanceof StorageFailure ? null : condition(t);
            if (condition != null && (found == null || found == condition)) {
                found = condition;
                file = file != null ? file : fileOf(t);
            }
        }
        if (found == null) {
            return null;
        }
        String where = file != null ? file : outputDir != null ? "the output folder " + outputDir : "the output";
        return new StorageFailure("cannot write " + where + ": " + found[0] + " (" + found[1] + "); nothing was "
                + "published and earlier results were left as they were; run again once this is fixed (a wave run "
                + "continues from the step that failed)", file != null || outputDir != null, failures);
    }

    /** The failures, their causes and suppressed exceptions, each once, outermost first. */
    private static List<Throwable> chain(List<? extends Throwable> failures) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(failures);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (seen.add(t)) {
                all.add(t);
                if (t.getCause() != null) {
                    todo.add(t.getCause());
                }
                todo.addAll(List.of(t.getSuppressed()));
            }
        }
        return all;
    }

    private static String @Nullable [] condition(Throwable t) {
        String message = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : t.getMessage();
        if (message != null) {
            for (String[] condition : CONDITIONS) {
                if (message.toLowerCase(Locale.ROOT).contains(condition[0].toLowerCase(Locale.ROOT))) {
                    return condition;
                }
            }
        }
        return null;
    }

    private static @Nullable String fileOf(Throwable t) {
        return t instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : quotedPath(t);
    }

    private static @Nullable String quotedPath(Throwable t) {
        Matcher m = QUOTED_PATH.matcher(String.valueOf(t.getMessage()));
        return m.find() ? m.group(1) : null;
    }
}
