package nl.weegschaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.ChildRun;
import nl.weegschaal.testing.Deadline;
import nl.weegschaal.testing.PostgresDatabase;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./weegschaal}, run as a user runs it, on the jar {@code mvn package}
 * built: the first run of a command records the classes it uses and makes the JVM's class cache
 * (Java 25: the ahead-of-time cache; Java 17-24: a class data sharing archive), later runs start
 * from it; every run gives the same output and result as {@code java -jar}, with no word of the
 * JVM's about its caches; without a cache it can make, it still runs the program.
 */
class LauncherIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final Pattern WROTE = Pattern.compile("in [0-9.]+ s$");
    /** What the JVM says about its class caches and about native access, which a user must not see. */
    private static final List<String> JVM_NOISE = List.of("[warning]", "[error", "AOT", "CDS", "archive",
            "WARNING:");

    @TempDir
    Path dir;

    @Test
    void theFirstRunOfACommandMakesItsAheadOfTimeCacheAndLaterRunsStartFromItWithTheSameResult() throws Exception {
        Path java25 = jdk(25, 99).orElse(null);
        assumeTrue(java25 != null, "no Java 25 or later on this machine");
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        Map<String, String> env = Map.of("WEEGSCHAAL_JAVA", java25.toString(), "JAVA_OPTS",
                "-Djava.io.tmpdir=" + temporary);

        Run first = launch(env, weigh("first.duckdb"));
        Path cache = onlyCache("weigh-*.aot");
        Run second = launch(env, weigh("second.duckdb"));
        Run plain = plain(weigh("plain.duckdb"));

        assertSameAsPlain(first, plain);
        assertSameAsPlain(second, plain);
        assertThat(onlyCache("weigh-*.aot")).as("made once, then used").isEqualTo(cache);
        assertThat(digest("first.duckdb")).isEqualTo(digest("plain.duckdb")).isEqualTo(digest("second.duckdb"));
        assertThat(temporary).as("DuckDB's native library loaded from beside its jar, not copied out at every start")
                .isEmptyDirectory();
    }

    /** A calibrated weigh runs other code than one that is not: each kind makes and keeps a cache of its own. */
    @Test
    void aCalibratedWeighHasACacheOfItsOwn() throws Exception {
        Path java25 = jdk(25, 99).orElse(null);
        assumeTrue(java25 != null, "no Java 25 or later on this machine");
        Map<String, String> env = Map.of("WEEGSCHAAL_JAVA", java25.toString());
        Path totals = Files.writeString(dir.resolve("totals.csv"), "variable,level,total\n"
                + "size_class,2-19,345000\nsize_class,20-99,46000\nsize_class,100+,11500\n");

        Run uncalibrated = launch(env, weigh("uncalibrated.duckdb"));
        assertThat(uncalibrated.exitCode).as(uncalibrated.err).isZero();
        Path cache = onlyCache("weigh-[0-9]*.aot");
        Run first = launch(env, calibrated("first.duckdb", totals));
        Path calibratedCache = onlyCache("weigh-calibrated-*.aot");
        Run second = launch(env, calibrated("second.duckdb", totals));
        Run plain = plain(calibrated("plain.duckdb", totals));

        assertSameAsPlain(first, plain);
        assertSameAsPlain(second, plain);
        assertThat(onlyCache("weigh-[0-9]*.aot")).as("the uncalibrated cache, untouched").isEqualTo(cache);
        assertThat(onlyCache("weigh-calibrated-*.aot")).as("made once, then used").isEqualTo(calibratedCache);
        assertThat(digest("first.duckdb")).isEqualTo(digest("plain.duckdb")).isEqualTo(digest("second.duckdb"));
    }

    @Test
    void onJava17TheFirstRunMakesAClassDataSharingArchive() throws Exception {
        Path java17 = jdk(17, 24).orElse(null);
        assumeTrue(java17 != null, "no Java 17-24 on this machine");
        Map<String, String> env = Map.of("WEEGSCHAAL_JAVA", java17.toString());
        String[] generate = {"generate", "--out", dir.resolve("g1").toString(), "--respondents", "200", "--seed", "3"};

        Run first = launch(env, generate);
        assertThat(first.exitCode).as(first.err).isZero();
        onlyCache("generate-*.jsa");
        generate[2] = dir.resolve("g2").toString();
        Run second = launch(env, generate);
        assertThat(second.exitCode).as(second.err).isZero();
        assertThat(second.err).doesNotContain(JVM_NOISE);
        assertThat(Files.readString(dir.resolve("g2/responses.csv")))
                .isEqualTo(Files.readString(dir.resolve("g1/responses.csv")));
    }

    @Test
    void aFirstRunThatStopsOnBadInputMakesNoCacheAndSaysWhatAPlainRunSays() throws Exception {
        String[] bad = {"weigh", "--responses", dir.resolve("missing.csv").toString(), "--frame",
                sample("frame.csv"), "--strata", "sector_cluster,size_class", "--vars", "ai_gebruik",
                "--method", "stratified", "--out", dir.resolve("bad.duckdb").toString()};

        Run launched = launch(Map.of(), bad);
        Run plain = plain(bad);

        assertThat(launched.exitCode).isEqualTo(plain.exitCode).isNotZero();
        assertThat(launched.err).isEqualTo(plain.err);
        try (Stream<Path> files = Files.walk(dir.resolve("launch"))) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".aot") || name.endsWith(".jsa"));
        }
    }

    /**
     * The launcher picks the parallel collector, unless JAVA_OPTS picks one: the JVM refuses to start
     * with two ("Conflicting collector combinations in option list").
     */
    @Test
    void aCollectorChosenInJavaOptsIsTheOneTheRunUses() throws Exception {
        Run chosen = launch(Map.of("JAVA_OPTS", "-XX:+UseSerialGC"), weigh("serial.duckdb"));
        Run launchers = launch(Map.of(), weigh("parallel.duckdb"));
        assertThat(chosen.exitCode).as(chosen.err).isZero();
        assertThat(launchers.exitCode).as(launchers.err).isZero();
        assertThat(digest("serial.duckdb")).isEqualTo(digest("parallel.duckdb"));
    }

    @Test
    void withoutAFolderForItsCachesTheLauncherRunsThePlainJar() throws Exception {
        Map<String, String> env = Map.of("WEEGSCHAAL_LAUNCH_DIR", "/proc/weegschaal-cannot-be-made");
        Run launched = launch(env, weigh("plain-start.duckdb"));
        assertThat(launched.exitCode).as(launched.err).isZero();
        assertThat(dir.resolve("plain-start.duckdb")).exists();
    }

    @Test
    void aMissingJarIsNamedWithTheCommandThatBuildsIt() throws Exception {
        Run launched = launch(Map.of("WEEGSCHAAL_JAR", dir.resolve("nowhere.jar").toString()), "--version");
        assertThat(launched.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(launched.err).contains(dir.resolve("nowhere.jar") + " is not there; build it first: mvn -B -q "
                + "-DskipTests package");
    }

    @Test
    void aSigtermToTheLauncherDuringTheFirstRunStopsTheRunGracefully() throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("project"));
        Map<String, String> env = new HashMap<>(environment());
        env.put("JAVA_OPTS", "-Dweegschaal.pause-at=computeWeights -Dweegschaal.pause-ms=3000");
        try (ChildRun run = ChildRun.command(dir.resolve("logs"), "run", env, List.of(launcher(), "run",
                spec.toString()))) {
            run.expectLine(text -> text.contains("pausing 3000 ms in step computeWeights"), "the pause",
                    Deadline.in(LIMIT, "the limit of a run"));
            run.terminate(); // the launcher's own process: it passes the signal on to the JVM
            assertThat(run.awaitExit(Deadline.in(LIMIT, "the limit of a stop"))).as(run.err())
                    .isEqualTo(ExitCodes.STOPPED);
            assertThat(run.err()).contains("weegschaal: stopped by SIGTERM during step computeWeights");
        }
    }

    @Test
    void theWaveJobStartedByTheLauncherGivesTheTablesOfJavaJar() throws Exception {
        Path first = SampleProject.copyTo(dir.resolve("first"));
        Path second = SampleProject.copyTo(dir.resolve("second"));
        Path plain = SampleProject.copyTo(dir.resolve("plain"));

        assertThat(launch(Map.of(), "run", first.toString()).exitCode).isZero(); // records, makes the cache
        Run cached = launch(Map.of(), "run", second.toString()); // from the cache and the build-time context
        assertThat(cached.exitCode).as(cached.err).isZero();
        assertThat(cached.err).doesNotContain(JVM_NOISE);
        assertThat(plain("run", plain.toString()).exitCode).isZero();
        Run again = launch(Map.of(), "run", second.toString());
        assertThat(again.exitCode).as(again.err).isEqualTo(ExitCodes.ALREADY_DONE);

        String expected = digest(result(plain));
        assertThat(digest(result(first))).isEqualTo(expected);
        assertThat(digest(result(second))).isEqualTo(expected);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresDatabase.ENABLED_BY, matches = ".+")
    void withAPostgresJobRepositoryTheLauncherRecordsTheRunsThere() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.create()) {
            Path spec = SampleProject.copyTo(dir.resolve("project"));
            Run first = launch(database.environment(), "run", spec.toString());
            assertThat(first.exitCode).as(first.err).isZero();
            Run again = launch(database.environment(), "run", spec.toString());
            assertThat(again.exitCode).as(again.err).isEqualTo(ExitCodes.ALREADY_DONE);
            Run status = launch(database.environment(), "status", spec.toString());
            assertThat(status.out).contains("run 1 (instance 1): COMPLETED");

            assertThat(database.sql("SELECT status FROM batch_job_execution")).extracting(row -> row.get("status"))
                    .containsExactly("COMPLETED");
            assertThat(spec.getParent().resolveSibling("out/.weegschaal")).as("no H2 repository").doesNotExist();
        }
    }

    private static Path result(Path spec) {
        return spec.getParent().resolveSibling("out/wave-2024.duckdb");
    }

    private String[] weigh(String out) {
        return new String[] {"weigh", "--responses", sample("responses.csv"), "--frame", sample("frame.csv"),
            "--strata", "sector_cluster,size_class", "--vars", "ai_gebruik,banen_erbij", "--domains", "size_class",
            "--method", "stratified", "--out", dir.resolve(out).toString()};
    }

    private String[] calibrated(String out, Path totals) {
        List<String> args = new ArrayList<>(List.of(weigh(out)));
        args.addAll(List.of("--calibrate", totals.toString(), "--calfun", "raking"));
        return args.toArray(String[]::new);
    }

    private static String sample(String file) {
        return PROJECT.resolve("sample-data/synthetic").resolve(file).toString();
    }

    private static void assertSameAsPlain(Run launched, Run plain) {
        assertThat(launched.exitCode).as(launched.err).isZero();
        assertThat(launched.err).as("no word of the JVM's").doesNotContain(JVM_NOISE);
        assertThat(withoutTime(launched.out).replaceAll("(first|second)\\.duckdb", "X.duckdb"))
                .isEqualTo(withoutTime(plain.out).replace("plain.duckdb", "X.duckdb"));
    }

    private static String withoutTime(String out) {
        Matcher time = WROTE.matcher(out.strip());
        return time.replaceAll("in (time)");
    }

    private String digest(String result) throws Exception {
        return digest(dir.resolve(result));
    }

    private String digest(Path result) throws Exception {
        Run digest = plain("digest", result.toString());
        assertThat(digest.exitCode).as(digest.err).isZero();
        return digest.out.replace(result.toString(), "RESULT").replace(result.getFileName().toString(), "RESULT");
    }

    private Path onlyCache(String glob) throws IOException {
        List<Path> caches = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("launch"))) {
            files.filter(file -> file.getFileSystem().getPathMatcher("glob:" + glob).matches(file.getFileName()))
                    .forEach(caches::add);
        }
        assertThat(caches).as("the cache " + glob).hasSize(1);
        return caches.get(0);
    }

    private Map<String, String> environment() {
        return Map.of("WEEGSCHAAL_LAUNCH_DIR", dir.resolve("launch").toString(), "WEEGSCHAAL_HOME",
                dir.resolve("home").toString());
    }

    private Run launch(Map<String, String> extra, String... args) throws Exception {
        Map<String, String> env = new HashMap<>(environment());
        env.putAll(extra);
        List<String> command = new ArrayList<>(List.of(launcher()));
        command.addAll(List.of(args));
        return run(env, command);
    }

    private Run plain(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", PROJECT.resolve("target/weegschaal.jar").toString()));
        command.addAll(List.of(args));
        return run(environment(), command);
    }

    private static String launcher() {
        return PROJECT.resolve("weegschaal").toString();
    }

    private Run run(Map<String, String> env, List<String> command) throws Exception {
        String name = "run-" + System.nanoTime();
        try (ChildRun run = ChildRun.command(dir.resolve("logs"), name, env, command)) {
            int exitCode = run.awaitExit(Deadline.in(LIMIT, "the limit of a run"));
            return new Run(exitCode, run.out(), run.err());
        }
    }

    /** A JDK under /usr/lib/jvm whose major version is between {@code from} and {@code to}. */
    private static Optional<Path> jdk(int from, int to) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        Pattern version = Pattern.compile("(?m)^JAVA_VERSION=\"([0-9]+)");
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isRegularFile(home.resolve("release"))
                    && Files.isExecutable(home.resolve("bin/java"))).filter(home -> {
                        try {
                            Matcher major = version.matcher(Files.readString(home.resolve("release")));
                            return major.find() && Integer.parseInt(major.group(1)) >= from
                                    && Integer.parseInt(major.group(1)) <= to;
                        } catch (IOException e) {
                            return false;
                        }
                    }).map(home -> home.resolve("bin/java")).sorted().findFirst();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }
}
