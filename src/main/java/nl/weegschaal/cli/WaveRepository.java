package nl.weegschaal.cli;

import java.nio.file.Path;
import nl.weegschaal.spec.WaveSpec;

/** Where a wave's job repository lives by default: an H2 file under its output folder. */
final class WaveRepository {
    private WaveRepository() {
    }

    static Path file(WaveSpec spec) {
        return spec.outputDir().resolve(".weegschaal").resolve("job-repository");
    }
}
