package nl.weegschaal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A copy of the project's layout for the bundled sample wave — {@code jobs/wave-2024.yml} and
 * {@code sample-data/wave-2024/} — in a test's own folder, so that the spec's relative paths hold
 * and its {@code ../out} output stays inside that folder.
 */
public final class SampleProject {
    public static final List<String> EXPORTS = List.of("cati.csv", "cawi.xlsx", "frame.csv");

    private SampleProject() {
    }

    /** Copies the sample wave into {@code dir}; returns the copied spec. */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("jobs"));
        Path data = Files.createDirectories(dir.resolve("sample-data/wave-2024"));
        for (String file : EXPORTS) {
            Files.copy(Path.of("sample-data/wave-2024", file), data.resolve(file));
        }
        return Files.copy(Path.of("jobs/wave-2024.yml"), dir.resolve("jobs/wave-2024.yml"));
    }
}
