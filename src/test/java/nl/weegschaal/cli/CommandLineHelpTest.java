package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.weegschaal.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong command line gets one line saying what is wrong, in words, and one line saying where the
 * options are explained; never the whole usage (which scrolls the error away) nor a Java type or
 * exception name.
 */
class CommandLineHelpTest {
    static final String HINT = "run `weegschaal weigh --help` for the options";
    static final List<String> WEIGH = List.of("weigh", "--responses", "r.csv", "--frame", "f.csv", "--strata", "s",
            "--vars", "v", "--out", "o.duckdb");

    @TempDir
    Path dir;

    private CliRun weigh(String... more) {
        List<String> args = new java.util.ArrayList<>(WEIGH);
        args.addAll(List.of(more));
        return CliRun.of(dir, args.toArray(String[]::new));
    }

    @Test
    void aBadOptionValueIsOneErrorLineAndOneHintNotTheUsage() {
        CliRun run = weigh("--method", "rake", "--level", "abc");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList())
                .containsExactly("weegschaal: error: --level: 'abc' is not a number", HINT);
    }

    @Test
    void anEnumOptionListsItsValidValuesInWords() {
        CliRun run = weigh("--method", "raking");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList()).containsExactly(
                "weegschaal: error: --method: 'raking' is not one of stratified, poststratify, rake", HINT);
        assertThat(weigh("--method", "rake", "--lonely-psu", "drop").err().lines().findFirst()).contains(
                "weegschaal: error: --lonely-psu: 'drop' is not one of adjust, remove, certainty, fail");
    }

    @Test
    void anEnumOptionIsReadWhateverItsCase() {
        // the method is read, so the run gets as far as the missing input file: a bad-input error, not usage
        CliRun run = weigh("--method", "Rake");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("file not found");
    }

    @Test
    void aMisspeltOptionSuggestsTheOneMeantBeforeTheMissingOnes() {
        CliRun run = CliRun.of(dir, "weigh", "--response", "r.csv", "--frame", "f.csv");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList()).containsExactly(
                "weegschaal: error: unknown option '--response'; did you mean --responses?", HINT);
        assertThat(CliRun.of(dir, "weigh", "--fram=f.csv").err()).startsWith(
                "weegschaal: error: unknown option '--fram'; did you mean --frame?");
    }

    @Test
    void missingRequiredOptionsAreNamedWithoutTheUsage() {
        CliRun run = CliRun.of(dir, "weigh", "--responses", "r.csv", "--frame", "f.csv", "--out", "o.duckdb");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList()).containsExactly("weegschaal: error: missing --strata COL, --vars VAR, "
                + "--method stratified|poststratify|rake, which are required", HINT);
    }

    @Test
    void anUnknownCommandPointsToTheCommands() {
        CliRun run = CliRun.of(dir, "statsu");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList()).hasSize(2).last().isEqualTo("run `weegschaal --help` for the commands");
        assertThat(run.err()).startsWith("weegschaal: error: unknown command 'statsu'; did you mean status?");
    }

    @Test
    void aSpecThatIsNotThereIsACommandLineErrorNamingTheFolderLookedIn() {
        CliRun run = CliRun.of(dir, "run", dir.resolve("jobs/wave-2024.yml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList()).hasSize(2).first().asString()
                .contains("the spec " + dir.resolve("jobs/wave-2024.yml") + " is not there", "project folder")
                .doesNotContain("Exception");
    }

    /** In a JVM of its own, started in a folder without jobs/, as a user would from their home folder. */
    @Test
    void statusOutsideAProjectFolderIsACommandLineErrorNamingTheFolder() throws Exception {
        Process status = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WeegschaalApplication.class.getName(), "status")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("status.log").toFile())
                .start();
        boolean ended = status.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            status.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("status.log"), StandardCharsets.UTF_8);

        assertThat(ended).as("status ended within 2 minutes").isTrue();
        assertThat(status.exitValue()).as(log).isEqualTo(ExitCodes.USAGE);
        assertThat(log.lines().toList()).containsExactly("weegschaal: error: no SPEC given and no jobs/ folder in "
                + dir.toRealPath() + "; run status in the project folder or name a spec, e.g. "
                + "`weegschaal status jobs/wave-2024.yml`", "run `weegschaal status --help` for the options");
    }
}
