package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (SIGKILL) while its publish step writes the result leaves the half-written temporary
 * copy {@code .<name>.tmp-<uuid>} (and its {@code .wal}) in the output folder, as no {@code finally}
 * runs. Found by killing the 1,000,000-record wave in {@code publish}: the next, completed run left
 * 24 MB of it beside the result. The next completed run of the same result removes such copies, and
 * only those.
 */
class TemporaryCopiesOfAKilledPublishTest {
    static final Path APISTRAT = Path.of("src/test/resources/reference/apistrat");

    @TempDir
    Path dir;

    @Test
    void aWeighThatCompletesRemovesTheTemporaryCopiesOfItsResultThatAKilledRunLeft() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path killedCopy = Files.writeString(out.resolve(".apistrat.duckdb.tmp-0b1c2d3e"), "half-written");
        Path killedWal = Files.writeString(out.resolve(".apistrat.duckdb.tmp-0b1c2d3e.wal"), "half-written");
        Path someoneElses = Files.writeString(out.resolve(".other.duckdb.tmp-4f5a6b7c"), "not this result's");

        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", APISTRAT.resolve("apistrat.csv").toString(),
                "--frame", APISTRAT.resolve("apistrat_frame.csv").toString(), "--strata", "stype",
                "--vars", "sch.wide", "--method", "stratified", "--out", out.resolve("apistrat.duckdb").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(killedCopy).doesNotExist();
        assertThat(killedWal).doesNotExist();
        assertThat(someoneElses).as("another file's temporary copy is not this run's to remove").exists();
    }

    @Test
    void aWaveRunThatCompletesRemovesTheTemporaryCopiesOfItsPendingResultThatAKilledRunLeft() throws Exception {
        Path spec = SampleProject.copyTo(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("..wave-2024.pending.duckdb.tmp-0b1c2d3e"), "half-written");
        Files.writeString(out.resolve("..wave-2024.pending.duckdb.tmp-0b1c2d3e.wal"), "half-written");

        CliRun run = CliRun.of(dir.resolve("home"), "run", spec.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("nothing but the run's files left")
                    .containsExactlyInAnyOrder(".wave-2024.lock", ".weegschaal", "wave-2024.duckdb", "wave-2024.xlsx", "waves.duckdb");
        }
    }
}
