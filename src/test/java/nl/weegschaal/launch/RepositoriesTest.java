package nl.weegschaal.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every result has a job repository and a lock of its own: a wave in its output folder, a
 * {@code weigh} result in {@code $WEEGSCHAAL_HOME/weigh/}, found again under any spelling of its path.
 */
class RepositoriesTest {
    static final String FRAME = "sector,size,N\n01,small,100\n01,large,20\n02,small,80\n02,large,10\n";
    static final String RESPONSES = "sector,size,q\n01,small,ja\n01,small,nee\n01,large,ja\n01,large,ja\n"
            + "02,small,nee\n02,small,ja\n02,large,nee\n02,large,ja\n";

    @TempDir
    Path dir;

    @BeforeEach
    void home() {
        System.setProperty("weegschaal.home", dir.resolve("home").toString());
    }

    @AfterEach
    void noHome() {
        System.clearProperty("weegschaal.home");
    }

    @Test
    void twoSpellingsOfOneResultShareItsRepositoryAndLock() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), data);
        Path result = data.resolve("r.duckdb");
        assertThat(Repositories.weigh(link.resolve("r.duckdb"))).isEqualTo(Repositories.weigh(result));
        assertThat(Repositories.weigh(data.resolve("sub/../r.duckdb"))).isEqualTo(Repositories.weigh(result));
        assertThat(Repositories.weighLock(link.resolve("r.duckdb"))).isEqualTo(Repositories.weighLock(result));
        assertThat(Repositories.weigh(result)).isEqualTo(dir.resolve("home/weigh").resolve(Repositories.weighKey(result))
                .resolve("job-repository"));
        assertThat(Repositories.weighKey(result)).matches("r\\.duckdb-[0-9a-f]{12}");
    }

    @Test
    void aResultInAFolderThatDoesNotExistYetHasTheKeyItWillHaveOnceItExists() throws Exception {
        Path result = dir.resolve("later/sub/r.duckdb");
        String before = Repositories.weighKey(result);
        Files.createDirectories(result.getParent());
        assertThat(Repositories.weighKey(result)).isEqualTo(before);
    }

    @Test
    void resultsOfOneNameInTwoFoldersHaveRepositoriesOfTheirOwn() {
        assertThat(Repositories.weigh(dir.resolve("a/r.duckdb"))).isNotEqualTo(Repositories.weigh(dir.resolve("b/r.duckdb")));
        assertThat(Repositories.weighLock(dir.resolve("a/r.duckdb")))
                .isNotEqualTo(Repositories.weighLock(dir.resolve("b/r.duckdb")));
    }

    @Test
    void twoWavesInOneOutputFolderHaveRepositoriesOfTheirOwn() throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("project"));
        Path bis = Files.writeString(spec.resolveSibling("bis.yml"),
                Files.readString(spec).replace("wave: wave-2024", "wave: wave-2024-bis"));
        WaveSpec first = SpecLoader.load(spec);
        WaveSpec second = SpecLoader.load(bis);
        assertThat(first.outputDir()).isEqualTo(second.outputDir());
        assertThat(Repositories.wave(first)).isEqualTo(first.outputDir().resolve(".weegschaal/wave-2024/job-repository"));
        assertThat(Repositories.wave(second))
                .isEqualTo(first.outputDir().resolve(".weegschaal/wave-2024-bis/job-repository"));
    }

    @Test
    void aWeighWhileAnotherHoldsItsResultsLockIsRefusedAndWritesNothing() throws Exception {
        Path responses = Files.writeString(dir.resolve("responses.csv"), RESPONSES);
        Path frame = Files.writeString(dir.resolve("frame.csv"), FRAME);
        Path result = dir.resolve("out/r.duckdb");
        String[] weigh = {"weigh", "--responses", responses.toString(), "--frame", frame.toString(), "--strata",
            "sector,size", "--vars", "q", "--method", "stratified", "--out", result.toString()};
        Path lock = Repositories.weighLock(result);
        Files.createDirectories(lock.getParent());
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            CliRun refused = CliRun.of(dir.resolve("home"), weigh);
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(refused.err()).isEqualTo("weegschaal: error: another run of weigh --out " + result
                    + " is in progress (it holds " + lock + "); this one did nothing\n");
        }
        assertThat(dir.resolve("out")).as("nothing written").doesNotExist();
        try (Stream<Path> files = Files.list(lock.getParent())) {
            assertThat(files).as("no job repository made for the refused run").containsExactly(lock);
        }
        CliRun afterwards = CliRun.of(dir.resolve("home"), weigh);
        assertThat(afterwards.exitCode()).as("once the other run is gone: " + afterwards.err()).isEqualTo(ExitCodes.OK);
        assertThat(DuckDb.single(result, "SELECT n_respondents FROM runs")).isEqualTo(8L);
    }
}
