package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a run failed on bad input: {@code status} says why, and {@code restart} after the spec was
 * fixed says plainly that the changed spec is a new run, started by {@code run}, which then completes.
 */
class FailedRunTest {
    static final String LIMIT = "more than the limit of 0.0% (rejects.max_share in wave-2024.yml)";

    @TempDir
    Path dir;
    Path spec;

    /** The sample wave rejects 8 of its 2,314 records; a limit of 0.01% fails it in deriveStrata. */
    @BeforeEach
    void failARun() throws Exception {
        spec = SampleProject.copyTo(dir.resolve("project"));
        setMaxShare("0.0001");
        CliRun failed = run("run");
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(failed.err()).contains(LIMIT);
    }

    private void setMaxShare(String share) throws Exception {
        Files.writeString(spec, Files.readString(spec).replaceAll("max_share: [0-9.]+", "max_share: " + share));
    }

    private CliRun run(String command) {
        return CliRun.of(dir.resolve("home"), command, spec.toString());
    }

    @Test
    void statusShowsWhyAFailedRunFailed() {
        CliRun status = run("status");

        assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
        assertThat(status.out().lines().filter(line -> line.startsWith("    failed ")).toList()).singleElement()
                .asString().startsWith("    failed in step deriveStrata: 8 of 2314 records were rejected (0.3%), ")
                .contains(LIMIT).doesNotContain("Exception", "\tat ");
    }

    @Test
    void restartAfterTheSpecWasFixedSaysTheChangedSpecIsANewRunThatRunStarts() throws Exception {
        setMaxShare("0.05");
        CliRun restart = run("restart");

        assertThat(restart.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(restart.err().lines().toList()).singleElement().asString()
                .startsWith("weegschaal: error: the spec changed since the failed run 1 of wave-2024; ")
                .contains("`run " + spec + "` starts a new run with it");

        CliRun run = run("run");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run("status").out()).contains("COMPLETED").contains("failed in step deriveStrata");
    }
}
