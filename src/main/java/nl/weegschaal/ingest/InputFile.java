package nl.weegschaal.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An input of a run as recorded for provenance: its role, path, size and SHA-256.
 *
 * @param role e.g. {@code responses} or {@code frame}
 */
public record InputFile(String role, Path path, long bytes, String sha256) {

    /**
     * An input whose checksum was taken before (a wave's run takes its inputs' at its start, as its
     * identity): only its size is read.
     */
    public static InputFile of(String role, Path path, String sha256) {
        try {
            return new InputFile(role, path.toAbsolutePath().normalize(), Files.size(path), sha256);
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot read the file to record its size: " + e.getMessage(), e);
        }
    }

    /** An input with its size and checksum read from the file ({@link FileChecksum}). */
    public static InputFile describe(String role, Path path) {
        try {
            FileChecksum checksum = FileChecksum.of(path);
            return new InputFile(role, path.toAbsolutePath().normalize(), checksum.bytes(), checksum.sha256());
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot read the file to record its checksum: " + e.getMessage(), e);
        }
    }

    /**
     * What {@code described} gives, a description (or descriptions) made on another thread, with a
     * failure to read a file thrown as it was thrown there.
     */
    public static <T> T joined(CompletableFuture<T> described) {
        try {
            return described.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
