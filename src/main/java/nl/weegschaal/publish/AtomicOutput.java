package nl.weegschaal.publish;

import nl.weegschaal.OutputException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a result file so that it appears complete or not at all: the content goes to a temporary
 * file beside the target, which is moved over the target only once it is complete. A failure
 * leaves any earlier result untouched and no temporary file behind.
 */
public final class AtomicOutput {
    private AtomicOutput() {
    }

    /** Something that writes a complete file at the path it is given. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws Exception;
    }

    public static void write(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new OutputException("cannot create the output folder " + directory + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(directory)) {
            throw new OutputException("the output folder " + directory + " is not writable; "
                    + "nothing was written and " + absolute.getFileName() + " was left as it was");
        }
        Path temporary = directory.resolve("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            writer.write(temporary);
            move(temporary, absolute);
        } catch (OutputException e) {
            throw e;
        } catch (Exception e) {
            throw new OutputException("cannot write " + absolute + ": " + e.getMessage()
                    + "; any earlier result was left as it was", e);
        } finally {
            deleteQuietly(temporary);
            deleteQuietly(temporary.resolveSibling(temporary.getFileName() + ".wal"));
        }
    }

    /**
     * Moves a complete file over {@code to} in one step where the file system can (a rename within
     * one folder), so that {@code to} is never seen half-replaced.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a stray temporary file is harmless; the result itself is already in place or untouched
        }
    }
}
