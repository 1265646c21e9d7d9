package nl.weegschaal.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.TrimRule;
import nl.weegschaal.weighting.WeightingMethod;

/** The spec of a {@code weigh} run of two respondents in one stratum of ten, its files written in {@code dir}. */
final class TinyWeigh {
    private TinyWeigh() {
    }

    static WaveSpec spec(Path dir) throws IOException {
        Path responses = Files.writeString(dir.resolve("responses.csv"), "id,size_class,q\n1,small,ja\n2,small,nee\n");
        Path frame = Files.writeString(dir.resolve("frame.csv"), "size_class,N\nsmall,10\n");
        return WeighSpecs.of(new WeighParameters(responses, frame, "N", List.of("size_class"), List.of("q"), List.of(),
                WeightingMethod.STRATIFIED, LonelyPsu.ADJUST, 0.95, "id", dir.resolve("weighed.duckdb"), "test", 0,
                List.of(), TrimRule.NONE));
    }
}
