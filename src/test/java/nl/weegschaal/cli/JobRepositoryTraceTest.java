package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.weegschaal.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A normal run leaves no H2 trace file beside its job repository: the schema script fails on every
 * table that exists already at every start, and H2 used to log each failure with its stack trace in
 * {@code job-repository.trace.db}, about 53 KB a run, on and on.
 */
class JobRepositoryTraceTest {
    @TempDir
    Path dir;

    @Test
    void repeatedWeighRunsWriteNoH2TraceFile() throws Exception {
        Files.writeString(dir.resolve("responses.csv"), WeighErrorsTest.RESPONSES);
        Files.writeString(dir.resolve("frame.csv"), WeighErrorsTest.FRAME);
        Path home = dir.resolve("home");
        for (int run = 1; run <= 3; run++) {
            CliRun weigh = CliRun.of(home, "weigh", "--responses", dir.resolve("responses.csv").toString(),
                    "--frame", dir.resolve("frame.csv").toString(), "--strata", "sector,size", "--vars", "q",
                    "--method", "stratified", "--out", dir.resolve("r.duckdb").toString());
            assertThat(weigh.exitCode()).as(weigh.err()).isEqualTo(ExitCodes.OK);
        }

        List<Path> files;
        try (Stream<Path> all = Files.walk(home)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the job repository is there").anyMatch(f -> f.toString().endsWith(".mv.db"));
        assertThat(files).noneMatch(f -> f.toString().endsWith(".trace.db"));
    }
}
