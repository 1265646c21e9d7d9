package nl.weegschaal.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.ChildRun;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.Deadline;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs side by side on one machine, each in a JVM of its own, as statisticians sharing a server start
 * them: runs of different results all succeed (each result has a job repository of its own), and of
 * two runs writing one result the second is refused with exit 75 while the first goes on. Each run is
 * held in its first step for {@link #PAUSE_MILLIS} ({@code -Dweegschaal.pause-at}), so that the runs
 * are certainly in their jobs at the same time, however fast or slow the machine is.
 */
class SideBySideTest {
    static final long PAUSE_MILLIS = 20_000;
    static final Duration LIMIT = Duration.ofMinutes(6);
    static final String RESPONSES = "sample-data/synthetic/responses.csv";
    static final String FRAME = "sample-data/synthetic/frame.csv";

    @TempDir
    Path dir;
    Map<String, String> environment;

    @BeforeEach
    void home() {
        environment = Map.of("WEEGSCHAAL_HOME", dir.resolve("home").toString());
    }

    @Test
    void fourWeighsAndTwoWavesOfDifferentResultsStartedAtOnceAllSucceed() throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("project"));
        Path bis = Files.writeString(spec.resolveSibling("wave-2024-bis.yml"),
                Files.readString(spec).replace("wave: wave-2024", "wave: wave-2024-bis"));
        // two results of one file name in different folders are different results
        List<Path> results = List.of(dir.resolve("results/a.duckdb"), dir.resolve("results/b.duckdb"),
                dir.resolve("results/c.duckdb"), dir.resolve("other/a.duckdb"));
        List<String> methods = List.of("stratified", "poststratify", "rake", "stratified");
        Deadline deadline = Deadline.in(LIMIT, "the limit of six runs side by side");
        List<ChildRun> runs = new ArrayList<>();
        try {
            for (int i = 0; i < results.size(); i++) {
                runs.add(weigh("weigh-" + i, results.get(i), methods.get(i), "ingestExport:ingest-responses"));
            }
            runs.add(wave("wave-2024", spec));
            runs.add(wave("wave-2024-bis", bis));
            List<Long> pauses = new ArrayList<>();
            for (ChildRun run : runs) {
                pauses.add(run.expectLine(line -> line.contains("pausing " + PAUSE_MILLIS + " ms in step"),
                        "the pause in its first step", deadline).nanos());
            }
            for (ChildRun run : runs) {
                assertThat(run.awaitExit(deadline)).as("%s: %s", run.name(), run.err()).isEqualTo(ExitCodes.OK);
            }
            long spread = pauses.stream().mapToLong(Long::longValue).max().orElseThrow()
                    - pauses.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(spread / 1_000_000).as("all six were in their jobs at once: each paused %d ms, the last "
                    + "began its pause that long after the first", PAUSE_MILLIS).isLessThan(PAUSE_MILLIS);
        } finally {
            for (ChildRun run : runs) {
                run.close();
            }
        }
        for (int i = 0; i < results.size(); i++) {
            assertThat(DuckDb.query(results.get(i), "SELECT method, n_respondents FROM runs")).as(methods.get(i))
                    .containsExactly(Map.of("method", methods.get(i), "n_respondents", 2306L));
        }
        assertThat(DuckDb.query(results.get(3), "SELECT * FROM estimates"))
                .isEqualTo(DuckDb.query(results.get(0), "SELECT * FROM estimates"));
        Path out = dir.resolve("project/out");
        assertThat(DuckDb.query(out.resolve("wave-2024-bis.duckdb"), "SELECT * FROM estimates"))
                .isEqualTo(DuckDb.query(out.resolve("wave-2024.duckdb"), "SELECT * FROM estimates"));
        assertEachWaveHasItsOwnRepository(spec, bis);
        try (Stream<Path> folders = Files.list(dir.resolve("home/weigh")).filter(Files::isDirectory)) {
            assertThat(folders).as("a job repository per weigh result").hasSize(4);
        }
    }

    @Test
    void twoWeighsOfOneResultAtOnceGiveTheResultAndARefusal() throws Exception {
        Path result = dir.resolve("results/r.duckdb");
        Deadline deadline = Deadline.in(LIMIT, "the limit of two runs of one result");
        try (ChildRun first = weigh("first", result, "stratified", "ingestExport:ingest-responses")) {
            first.expectLine(line -> line.contains("pausing " + PAUSE_MILLIS + " ms in step ingestExport:ingest-responses"),
                    "the pause in its ingest", deadline);
            try (ChildRun second = weigh("second", result, "rake", null)) {
                assertThat(second.awaitExit(deadline)).as(second.err()).isEqualTo(ExitCodes.ALREADY_RUNNING);
                assertThat(first.isAlive()).as("the first run was still in its pause: %s", first.err()).isTrue();
                assertThat(second.err().lines().filter(line -> line.startsWith("weegschaal: ")).toList())
                        .singleElement().asString()
                        .startsWith("weegschaal: error: another run of weigh --out " + result
                                + " is in progress (it holds " + dir.resolve("home/weigh/r.duckdb-"))
                        .endsWith(".lock); this one did nothing");
                assertThat(second.err()).doesNotContain("\tat ");
            }
            assertThat(first.awaitExit(deadline)).as(first.err()).isEqualTo(ExitCodes.OK);
        }
        assertThat(DuckDb.query(result, "SELECT method FROM runs")).as("the first run's result")
                .containsExactly(Map.of("method", "stratified"));
    }

    private void assertEachWaveHasItsOwnRepository(Path... specs) {
        for (Path spec : specs) {
            String wave = spec.getFileName().toString().replace(".yml", "");
            assertThat(dir.resolve("project/out/.weegschaal/" + wave + "/job-repository.mv.db")).isRegularFile();
            CliRun status = CliRun.of(dir.resolve("home"), "status", spec.toString());
            assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
            assertThat(status.out()).startsWith(wave + " (" + spec + "):\n  run 1 (instance 1): COMPLETED, started ")
                    .doesNotContain("run 2");
        }
    }

    private ChildRun weigh(String name, Path out, String method, @Nullable String pauseAt) throws Exception {
        return ChildRun.start(dir.resolve("logs"), name, environment, pause(pauseAt), "weigh", "--responses",
                RESPONSES, "--frame", FRAME, "--strata", "sector_cluster,size_class", "--vars",
                "banen_erbij,ai_gebruik", "--domains", "region", "--method", method, "--id", "id", "--out",
                out.toString());
    }

    private ChildRun wave(String name, Path spec) throws Exception {
        return ChildRun.start(dir.resolve("logs"), name, environment, pause("ingestExport:ingest-cati"), "run",
                spec.toString());
    }

    private static List<String> pause(@Nullable String step) {
        return step == null ? List.of() : List.of("-Dweegschaal.pause-at=" + step,
                "-Dweegschaal.pause-ms=" + PAUSE_MILLIS);
    }
}
