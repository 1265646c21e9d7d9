package nl.weegschaal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether two paths name one file, for the checks that an output never replaces an input. */
public final class FileIdentity {
    private FileIdentity() {
    }

    /**
     * Whether two paths name one file: when both exist, as the file system sees it (symbolic links
     * followed, hard links recognised); otherwise when they are equal once made absolute and
     * normalised, as an output's path is before it is written.
     */
    public static boolean sameFile(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // cannot tell from the file system (e.g. no permission): compare the paths instead
            }
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
