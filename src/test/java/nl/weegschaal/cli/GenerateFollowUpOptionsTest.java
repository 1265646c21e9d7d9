package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --follow-up-of}: the command of sample-data/README.md, and its options' usage errors. */
class GenerateFollowUpOptionsTest {
    @Test
    void followUpWritesTheExportsAndSaysHowManyRespondentsAreKept(@TempDir Path home) {
        Path out = home.resolve("wave-2025");
        CliRun run = CliRun.of(home, "generate", "--exports", "--out", out.toString(), "--respondents", "2306",
                "--seed", "25", "--follow-up-of", "19");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("2306 respondents, 1165 of them in the wave of seed 19 as well");
        assertThat(out.resolve("cati.csv")).exists();
        assertThat(Files.exists(out.resolve("cawi.xlsx"))).isTrue();
    }

    @Test
    void overlapOutsideZeroToOneIsAUsageErrorNamingTheOption(@TempDir Path home) {
        CliRun run = CliRun.of(home, "generate", "--exports", "--out", home.resolve("w").toString(),
                "--follow-up-of", "19", "--overlap", "1.5");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--overlap must be between 0 and 1, got 1.5");
        assertThat(home.resolve("w")).doesNotExist();
    }

    @Test
    void followUpOptionsWithoutFollowUpOfOrExportsAreUsageErrors(@TempDir Path home) {
        String dir = home.resolve("w").toString();
        CliRun overlap = CliRun.of(home, "generate", "--exports", "--out", dir, "--overlap", "0.3");
        assertThat(overlap.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(overlap.err()).contains("--follow-up-respondents and --overlap need --follow-up-of");
        CliRun noExports = CliRun.of(home, "generate", "--out", dir, "--follow-up-of", "19");
        assertThat(noExports.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noExports.err()).contains("--follow-up-of needs --exports");
        assertThat(home.resolve("w")).doesNotExist();
    }
}
