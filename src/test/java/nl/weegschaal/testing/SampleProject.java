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
        return copyTo(dir, "wave-2024");
    }

    /** Copies the sample wave {@code wave} ({@code wave-2024} or {@code wave-2025}) into {@code dir}; returns its spec. */
    public static Path copyTo(Path dir, String wave) throws IOException {
        Files.createDirectories(dir.resolve("jobs"));
        Path data = Files.createDirectories(dir.resolve("sample-data/" + wave));
        for (String file : EXPORTS) {
            Files.copy(Path.of("sample-data/" + wave, file), data.resolve(file));
        }
        return Files.copy(Path.of("jobs/" + wave + ".yml"), dir.resolve("jobs/" + wave + ".yml"));
    }

    /**
     * The copied spec without its numeric questions and their columns, for exports made before the sample
     * wave had them (the hostile corpus: its CATI and CAWI exports have the choice questions' columns only).
     */
    public static void withoutNumericQuestions(Path spec) throws IOException {
        String text = Files.readString(spec);
        int start = text.indexOf("  vacatures:\n    type: numeric");
        int end = text.indexOf("\nstrata:");
        if (start < 0 || end < start) {
            throw new IllegalStateException("the sample spec's numeric questions are not where expected");
        }
        text = text.substring(0, start) + text.substring(end + 1);
        for (String line : List.of("      vacatures: V610\n", "      banen_verlies_verwacht: V611\n",
                "      vacatures: Aantal vacatures\n", "      banen_verlies_verwacht: Verwacht banenverlies door AI\n")) {
            if (!text.contains(line)) {
                throw new IllegalStateException("the sample spec has no line '" + line.strip() + "'");
            }
            text = text.replace(line, "");
        }
        Files.writeString(spec, text);
    }
}
