package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.weegschaal.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weigh --out} that would replace an input, the job repository or a folder is refused before
 * anything runs: exit code 1, one line naming the options, every file byte for byte as it was.
 */
class WeighPathsTest {
    @TempDir
    Path dir;

    private Path responses;
    private Path frame;

    @BeforeEach
    void inputs() throws Exception {
        responses = Files.writeString(dir.resolve("responses.csv"), WeighErrorsTest.RESPONSES);
        frame = Files.writeString(dir.resolve("frame.csv"), WeighErrorsTest.FRAME);
    }

    @Test
    void outNamingTheResponsesFileIsRefusedAndTheResponsesAreKept() throws Exception {
        assertRefused(weigh(responses.toString()), "--out " + responses + " is the --responses file " + responses
                + "; writing the result there would replace the responses; name another result file");
    }

    @Test
    void outNamingTheFrameFileIsRefusedAndTheFrameIsKept() throws Exception {
        assertRefused(weigh(frame.toString()), "--out " + frame + " is the --frame file " + frame + ";",
                "would replace the population frame");
    }

    @Test
    void outReachingTheFrameThroughASymbolicLinkIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.duckdb"), frame.getFileName());
        assertRefused(weigh(link.toString()), "--out " + link + " is the --frame file " + frame
                + " (both lead to " + frame.toRealPath() + ")");
        assertThat(Files.isSymbolicLink(link)).as("the link is left as it was").isTrue();
    }

    @Test
    void outInAFolderThatIsASymbolicLinkToTheFramesFolderIsRefused() throws Exception {
        Path folder = Files.createSymbolicLink(dir.resolve("elsewhere"), dir);
        assertRefused(weigh(folder.resolve("frame.csv").toString()), "is the --frame file " + frame);
    }

    @Test
    void outReachingTheResponsesThroughAHardLinkIsRefused() throws Exception {
        Path hard = Files.createLink(dir.resolve("hard.duckdb"), responses);
        assertRefused(weigh(hard.toString()), "--out " + hard + " is the --responses file " + responses
                + " (a hard link to it)");
        assertThat(Files.readString(hard)).isEqualTo(WeighErrorsTest.RESPONSES);
    }

    @Test
    void outReachingTheFrameThroughDotDotIsRefused() throws Exception {
        String out = dir.resolve("no-such-folder/../frame.csv").toString();
        assertRefused(weigh(out), "--out " + out + " is the --frame file " + frame + ";");
    }

    @Test
    void outThatIsAFolderIsRefusedAndTheFolderKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("results"));
        assertRefused(weigh(folder.toString()), "--out " + folder + " is a folder; name the result file in it, e.g. "
                + folder.resolve("result.duckdb"));
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void outInAFolderThatIsAFileIsRefusedAsNotAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("results"), "notes");
        String out = file.resolve("sub/result.duckdb").toString();
        assertRefused(weigh(out), "--out " + out + ": " + file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("notes");
    }

    @Test
    void outNamingTheJobRepositoryIsRefused() throws Exception {
        CliRun first = weigh(dir.resolve("first.duckdb").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path repository;
        try (Stream<Path> files = Files.walk(dir.resolve("home/weigh"))) {
            repository = files.filter(f -> f.endsWith("job-repository.mv.db")).findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(repository);
        CliRun run = weigh(repository.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).isEqualTo("weegschaal: error: --out " + repository + " is weegschaal's job repository ("
                + repository.toRealPath() + "); writing the result there would destroy it; name another file\n");
        assertThat(Files.readAllBytes(repository)).isEqualTo(before);
    }

    @Test
    void outNamingTheJobRepositoryOfAWaveIsRefused() throws Exception {
        String out = dir.resolve("out/.weegschaal/wave-2024/job-repository.mv.db").toString();
        assertRefused(weigh(out), "--out " + out + " is weegschaal's job repository (" + dir.toRealPath()
                + "/out/.weegschaal/wave-2024/job-repository.mv.db); writing the result there would destroy it");
    }

    @Test
    void outInTheFolderOfTheJobRepositoriesIsRefused() throws Exception {
        String out = dir.resolve("home/weigh/r.duckdb").toString();
        assertRefused(weigh(out), "--out " + out + " is in " + dir.resolve("home/weigh")
                + ", where weegschaal keeps its job repositories; writing the result there could destroy one");
    }

    @Test
    void responsesAndFrameBeingOneFileIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("frame-link.csv"), responses);
        CliRun run = CliRun.of(dir.resolve("home"), arguments(responses, link, dir.resolve("r.duckdb").toString()));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).startsWith("weegschaal: error: --responses " + responses + " and --frame " + link
                + " are the same file").hasLineCount(1);
        assertThat(dir.resolve("r.duckdb")).doesNotExist();
    }

    @Test
    void frameCountColumnThatIsAStrataColumnIsAUsageError() {
        List<String> args = new ArrayList<>(List.of(arguments(responses, frame, dir.resolve("r.duckdb").toString())));
        args.addAll(List.of("--frame-count-col", "size"));
        CliRun run = CliRun.of(dir.resolve("home"), args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--frame-count-col size is also one of the --strata columns");
        assertThat(dir.resolve("r.duckdb")).doesNotExist();
    }

    /** Exit code 1, the message in one line, the inputs byte for byte as they were, no file added. */
    private void assertRefused(CliRun run, String... expected) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).startsWith("weegschaal: error: ").contains(expected).doesNotContain("\tat ")
                .hasLineCount(1);
        assertThat(Files.readString(responses)).isEqualTo(WeighErrorsTest.RESPONSES);
        assertThat(Files.readString(frame)).isEqualTo(WeighErrorsTest.FRAME);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("nothing written, no temporary file").allMatch(name -> !name.contains("tmp"))
                    .doesNotContain("home");
        }
    }

    private CliRun weigh(String out) {
        return CliRun.of(dir.resolve("home"), arguments(responses, frame, out));
    }

    private static String[] arguments(Path responses, Path frame, String out) {
        return new String[] {"weigh", "--responses", responses.toString(), "--frame", frame.toString(),
            "--strata", "sector,size", "--vars", "q", "--method", "stratified", "--id", "id", "--out", out};
    }
}
