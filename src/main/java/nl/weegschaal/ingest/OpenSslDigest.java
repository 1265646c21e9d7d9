package nl.weegschaal.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A file's SHA-256 taken by the machine's {@code openssl} program ({@code openssl dgst -sha256 -r}), which
 * uses the processor's SHA instructions where it has them: a 60 MB export in about 0.06 s, where DuckDB's
 * portable code takes 0.37 s and the JDK's digest, without the optimising compiler the launcher leaves
 * out, 0.8 s. Starting the program costs a few milliseconds, so it is only worth it for large files.
 * Empty whenever the answer is not certain: no {@code openssl} on the {@code PATH}, the program failing,
 * output that is not a checksum, or a file that changed size while it was read; the caller then takes
 * the checksum another way.
 */
final class OpenSslDigest {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final @Nullable Path PROGRAM = find(System.getenv("PATH"));

    private OpenSslDigest() {
    }

    /** The file's size and checksum, or empty when {@code openssl} did not give one. */
    static Optional<FileChecksum> of(Path file) {
        return PROGRAM == null ? Optional.empty() : of(PROGRAM, file);
    }

    /** As {@link #of(Path)} with the given program. */
    static Optional<FileChecksum> of(Path program, Path file) {
        Process process = null;
        try {
            long before = Files.size(file);
            // an absolute path never starts with '-', so it cannot be taken for an option
            process = new ProcessBuilder(program.toString(), "dgst", "-sha256", "-r", file.toAbsolutePath().toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.US_ASCII);
            }
            if (process.waitFor() != 0 || output.length() < 64 || !SHA256.matcher(output.substring(0, 64)).matches()
                    || Files.size(file) != before) {
                return Optional.empty();
            }
            return Optional.of(new FileChecksum(before, output.substring(0, 64)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null) {
                process.destroy(); // ended already, unless reading its answer failed or was interrupted
            }
        }
    }

    /** The first executable {@code openssl} in the absolute folders of {@code path}. */
    static @Nullable Path find(@Nullable String path) {
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            try {
                Path candidate = Path.of(folder, "openssl");
                // a relative entry (".", "") would run whatever program of that name is in the working folder
                if (candidate.isAbsolute() && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            } catch (InvalidPathException notAFolder) {
                // an entry of the PATH that is not a path: the next one
            }
        }
        return null;
    }
}
