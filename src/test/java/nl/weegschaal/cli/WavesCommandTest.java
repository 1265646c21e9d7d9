package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code waves} command's own errors, without a wave run (WaveCatalogJobTest runs the waves). */
class WavesCommandTest {
    @TempDir
    Path dir;

    @Test
    void wavesWithoutASubcommandIsAUsageErrorNamingThem() {
        CliRun run = CliRun.of(dir.resolve("home"), "waves");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("waves needs a subcommand: list, remove");
    }

    @Test
    void listingAFolderWithoutACatalogSaysThereIsNone() {
        CliRun run = CliRun.of(dir.resolve("home"), "waves", "list", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("there is no wave catalog " + dir.resolve("waves.duckdb"));
        assertThat(dir.resolve("waves.duckdb")).doesNotExist();
    }

    @Test
    void aWhereThatIsNotThereIsAUsageError() {
        CliRun run = CliRun.of(dir.resolve("home"), "waves", "list", dir.resolve("nothing").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(dir.resolve("nothing") + " is not there");
    }

    @Test
    void listingAFileThatIsNotACatalogIsRefusedAndLeavesItAsItWas() throws Exception {
        Path notes = Files.writeString(dir.resolve("waves.duckdb"), "notes");
        CliRun run = CliRun.of(dir.resolve("home"), "waves", "remove", dir.toString(), "wave-2024");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains(notes + " is not a wave catalog");
        assertThat(notes).hasContent("notes");
    }
}
