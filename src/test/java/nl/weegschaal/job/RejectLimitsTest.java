package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.StrataDerivation;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with more rejects than its limit stops, saying where the rejects are: a wave's work file, which
 * it keeps for its restart; weigh keeps its store in memory and names no file that is not there.
 */
class RejectLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aWaveOverItsLimitNamesTheWorkFileWithItsRejects() throws Exception {
        WaveSpec wave = SpecLoader.load(SampleProject.copyTo(dir));
        Path workFile = dir.resolve("out/.wave-2024.staging.duckdb");
        List<StrataDerivation.Count> counts = List.of(new StrataDerivation.Count("cati", 100, 20, 0),
                new StrataDerivation.Count("cawi", 10, 0, 0));
        assertThatThrownBy(() -> new RejectLimits(wave, workFile).check(counts))
                .isInstanceOf(RejectLimitException.class)
                .hasMessageContaining("20 of 110 records were rejected (18.2%), more than the limit of 5.0%")
                .hasMessageEndingWith("; the rejects and their reasons are in table rejects of " + workFile);
    }

    @Test
    void weighOverItsLimitNamesNoWorkFile() throws Exception {
        WaveSpec weigh = TinyWeigh.spec(dir);
        List<StrataDerivation.Count> counts = List.of(new StrataDerivation.Count("responses", 2, 1, 1));
        assertThatThrownBy(() -> new RejectLimits(weigh, null).check(counts))
                .isInstanceOf(RejectLimitException.class)
                .hasMessage("1 of 2 records were rejected (50.0%), more than the limit of 0.0% (rejects.max_share in "
                        + "the run's settings)");
    }
}
