package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A full or read-only output folder, for real: the wave job runs in its own JVM inside a Linux user
 * and mount namespace ({@code unshare -Urm}), where the output folder is a small tmpfs that fills up,
 * or a read-only bind mount. Tests run as root in CI, where file permissions would not bite; a
 * namespace makes the kernel refuse the writes as it would on a full or read-only disk. Each run
 * must end with exit 74 and one line naming what could not be written and why, leave the earlier
 * result and workbook byte for byte as they were and no temporary file, and be continued by the
 * next run once there is room.
 */
class OutputFolderTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void namespacesAreAvailable() throws Exception {
        Process probe = new ProcessBuilder("unshare", "-Urm", "true").redirectErrorStream(true).start();
        boolean ended = probe.waitFor(10, TimeUnit.SECONDS);
        if (!ended) {
            probe.destroyForcibly();
        }
        assumeTrue(ended && probe.exitValue() == 0,
                "unshare -Urm is not allowed here: the output-folder tests need user and mount namespaces");
    }

    /**
     * The disk fills up with {@code freeKb} left: 600 KB runs out while the exports are staged,
     * 1,800 KB while the result is written beside the earlier one. The line names the file when the
     * failing library does (DuckDB), otherwise the output folder (H2, when the job repository beside
     * the result is what could not be written).
     */
    @ParameterizedTest(name = "{0} KB free")
    @ValueSource(ints = {600, 1800})
    void aFullOutputFolderIsNamedAndTheEarlierResultStaysAsItWas(int freeKb) throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("project"));
        Path out = dir.resolve("project/out");
        Files.createDirectories(out);
        String script = String.join("\n",
                "mount -t tmpfs -o size=16m tmpfs \"$OUT\" || exit 99",
                "$RUN > \"$LOGS/first.log\" 2>&1; echo $? > \"$LOGS/first.code\"",
                "cp -a \"$OUT/.\" \"$LOGS/before\"",
                // a changed spec is a new run of the wave, which has to write everything again
                "sed -i 's/max_share: [0-9.]*/max_share: 0.09/' \"$SPEC\"",
                "free=$(df -k --output=avail \"$OUT\" | tail -1)",
                "dd if=/dev/zero of=\"$OUT/filler\" bs=1k count=$((free - " + freeKb + ")) 2> /dev/null",
                "$RUN > \"$LOGS/full.log\" 2>&1; echo $? > \"$LOGS/full.code\"",
                "cp -a \"$OUT/.\" \"$LOGS/full\"",
                "rm \"$OUT/filler\"",
                "$RUN > \"$LOGS/after.log\" 2>&1; echo $? > \"$LOGS/after.code\"",
                "cp -a \"$OUT/.\" \"$LOGS/after\"");
        Path logs = inNamespace(spec, out, script);

        assertThat(code(logs, "first")).as(log(logs, "first")).isEqualTo(ExitCodes.OK);
        assertThat(code(logs, "full")).as(log(logs, "full")).isEqualTo(ExitCodes.CANNOT_WRITE);
        assertThat(log(logs, "full").lines().filter(l -> l.startsWith("weegschaal: ")).toList()).singleElement()
                .asString().startsWith("weegschaal: error: cannot write ")
                .contains(out.toAbsolutePath().toString(), "No space left on device (the disk is full; make room)",
                        "earlier results were left as they were")
                .doesNotContain("Exception", "internal error");
        assertUnchanged(logs.resolve("before"), logs.resolve("full"));
        assertThat(names(logs.resolve("full"))).as("no temporary result left behind")
                .noneMatch(name -> name.contains(".tmp-"));

        assertThat(code(logs, "after")).as("once there is room: " + log(logs, "after")).isEqualTo(ExitCodes.OK);
        assertThat(DuckDb.query(logs.resolve("after/wave-2024.duckdb"), "SELECT * FROM estimates"))
                .isEqualTo(DuckDb.query(logs.resolve("before/wave-2024.duckdb"), "SELECT * FROM estimates"));
        assertThat(names(logs.resolve("after"))).as("the work file is gone once the run completed")
                .doesNotContain(".wave-2024.staging.duckdb");
    }

    @Test
    void aReadOnlyOutputFolderIsNamedAndTheEarlierResultStaysAsItWas() throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("project"));
        Path out = dir.resolve("project/out");
        assertThat(Cli.run("run", spec.toString())).isEqualTo(ExitCodes.OK);
        Files.writeString(spec, Files.readString(spec).replaceAll("max_share: [0-9.]+", "max_share: 0.09"));
        Path before = Files.createDirectories(dir.resolve("before"));
        for (String name : List.of("wave-2024.duckdb", "wave-2024.xlsx")) {
            Files.copy(out.resolve(name), before.resolve(name));
        }
        String script = String.join("\n",
                "mount --bind \"$OUT\" \"$OUT\" && mount -o remount,bind,ro \"$OUT\" || exit 99",
                "$RUN > \"$LOGS/ro.log\" 2>&1; echo $? > \"$LOGS/ro.code\"");
        Path logs = inNamespace(spec, out, script);

        assertThat(code(logs, "ro")).as(log(logs, "ro")).isEqualTo(ExitCodes.CANNOT_WRITE);
        assertThat(log(logs, "ro").strip()).isEqualTo("weegschaal: error: cannot write " + out.toAbsolutePath()
                + "/.wave-2024.lock: Read-only file system (the output folder is on a read-only file system; point "
                + "output.dir elsewhere or mount it writable); nothing was published and earlier results were left "
                + "as they were; run again once this is fixed (a wave run continues from the step that failed)");
        assertUnchanged(before, out);
        assertThat(Cli.run("run", spec.toString())).as("writable again").isEqualTo(ExitCodes.OK);
    }

    @Test
    void anExportThatCannotBeReadIsAnInputErrorNotAnOutputOne() {
        Exception input = new nl.weegschaal.ingest.InputFileException("cannot read cati.csv: Permission denied",
                new java.nio.file.AccessDeniedException("cati.csv"));
        assertThat(Cli.storageFailure(input, dir)).isSameAs(input);
    }

    /** Runs a bash script as root of a new user and mount namespace; returns the folder of its logs. */
    private Path inNamespace(Path spec, Path out, String script) throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        String run = String.join(" ", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), WeegschaalApplication.class.getName(), "run", spec.toString());
        ProcessBuilder builder = new ProcessBuilder("unshare", "-Urm", "bash", "-c", "set -u\n" + script)
                .redirectErrorStream(true).redirectOutput(logs.resolve("script.log").toFile());
        builder.environment().putAll(Map.of("OUT", out.toString(), "SPEC", spec.toString(), "LOGS", logs.toString(),
                "RUN", run));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            // its runs too, or they would go on after the test
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the script (three runs) did not end within 3 minutes and was killed; it said:\n"
                    + Files.readString(logs.resolve("script.log")));
        }
        assertThat(process.exitValue()).as(Files.readString(logs.resolve("script.log"))).isEqualTo(0);
        return logs;
    }

    private static void assertUnchanged(Path before, Path after) throws IOException {
        for (String name : List.of("wave-2024.duckdb", "wave-2024.xlsx")) {
            assertThat(Files.mismatch(before.resolve(name), after.resolve(name))).as(name + " unchanged")
                    .isEqualTo(-1L);
        }
    }

    private static int code(Path logs, String run) throws IOException {
        return Integer.parseInt(Files.readString(logs.resolve(run + ".code")).strip());
    }

    private static String log(Path logs, String run) throws IOException {
        return Files.readString(logs.resolve(run + ".log"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
