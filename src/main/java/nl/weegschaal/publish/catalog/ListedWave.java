package nl.weegschaal.publish.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.ingest.InputFile;
import org.jspecify.annotations.Nullable;

/**
 * A registered wave as {@code waves list} shows it: its row, the respondents its copy of {@code runs} records,
 * and what became of its result file since it was registered.
 */
public record ListedWave(CatalogWave wave, @Nullable Long respondents, ResultState result) {

    /** What became of a wave's result file since it was registered. */
    public enum ResultState {
        /** There, with the size and checksum it had when registered. */
        UNCHANGED,
        /** Not at the path registered: moved or deleted. */
        MISSING,
        /** There, but its size or checksum differs: replaced or changed since. */
        CHANGED;

        /** The state of {@code wave}'s result file now. */
        static ResultState of(CatalogWave wave) {
            Path file = wave.resultFile();
            if (!Files.isRegularFile(file)) {
                return MISSING;
            }
            InputFile now = InputFile.describe("result", file);
            return now.bytes() == wave.resultBytes() && now.sha256().equals(wave.resultSha256()) ? UNCHANGED : CHANGED;
        }
    }
}
