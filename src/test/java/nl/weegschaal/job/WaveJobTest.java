package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wave job on the bundled sample wave, through the command line: both exports harmonised,
 * every planted bad record rejected with its reason, done once, refused or continued as it should.
 */
class WaveJobTest {
    @TempDir
    Path project;
    Path spec;
    Path result;

    @BeforeEach
    void copyProjectLayout() throws Exception {
        spec = nl.weegschaal.testing.SampleProject.copyTo(project);
        result = project.resolve("out/wave-2024.duckdb");
    }

    @AfterEach
    void noFaults() {
        System.clearProperty(FaultInjection.PROPERTY);
    }

    CliRun run(String command) {
        return CliRun.of(project.resolve("home"), command, spec.toString());
    }

    @Test
    void harmonisesBothModesAndRejectsEveryPlantedRecord() throws Exception {
        CliRun run = run("run");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("records read from cati     2,225", "records read from cawi     89",
                "records rejected        8", "respondents weighted    2,306 in 48 strata", "wave-2024.duckdb");
        assertThat(DuckDb.query(result, "SELECT mode, count(*) AS n FROM responses GROUP BY mode ORDER BY mode"))
                .extracting(r -> r.get("mode") + "=" + r.get("n")).containsExactly("CATI=2221", "CAWI=85");
        assertThat(DuckDb.query(result, "SELECT reason FROM rejects ORDER BY source, line"))
                .extracting(r -> (String) r.get("reason")).containsExactly(
                        "not an answer of the codebook for banen_verdwijnen nor a value for no answer [9]",
                        "SBI 7820 is in division 78 (employment agencies, temporary staffing), which is out of scope",
                        "number of employees is missing",
                        "SBI 8300 is not a class or subclass of SBI 2008: there is no division 83",
                        "SBI 'onbekend' is not a number",
                        "number of employees is missing",
                        "not an answer of the codebook for banen_erbij",
                        "the establishment is also in cati.csv line 1603, which is kept");
        assertThat(DuckDb.query(result, "SELECT source, line, respondent_id, field, value FROM rejects WHERE line = 153")
                .get(0)).containsEntry("source", "cati.csv").containsEntry("respondent_id", "V0002310")
                .containsEntry("field", "banen_verdwijnen (V602)").containsEntry("value", "7");
        assertThat(DuckDb.query(result, "SELECT source, line FROM rejects WHERE field = 'id (Vestigingsnummer)'").get(0))
                .containsEntry("source", "cawi.xlsx sheet Antwoorden").containsEntry("line", 85L);
        assertThat(DuckDb.single(result, "SELECT count(*) FROM estimates WHERE variable = 'ai_gebruik' "
                + "AND level = 'hoog_of_redelijk'")).isEqualTo(1L + 3 + 16);
        assertThat(DuckDb.single(result, "SELECT count(DISTINCT level) FROM estimates "
                + "WHERE variable = 'functies_verdwijnen_welke'")).isEqualTo(7L);
        // and a row for each of the two numeric questions (its unit)
        assertThat(DuckDb.single(result, "SELECT count(*) FROM codebook")).isEqualTo(6L + 1 + 6 * 3 + 2 * 7 + 2);
        assertThat((Double) DuckDb.single(result, "SELECT sum(weight) FROM weights")).isCloseTo(
                (Double) DuckDb.single(result, "SELECT sum(population) FROM strata"), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(project.resolve("out/.wave-2024.staging.duckdb")).doesNotExist();
        assertThat(project.resolve("out/wave-2024.xlsx")).isNotEmptyFile();
    }

    @Test
    void theSampleWaveTellsThePublishedStoryWithinSamplingError() throws Exception {
        assertThat(run("run").exitCode()).isEqualTo(ExitCodes.OK);
        String[][] published = {{"banen_erbij", "ja", "total", "14"}, {"banen_erbij", "ja", "100+", "35"},
            {"banen_verdwijnen", "ja", "total", "6"}, {"banen_verdwijnen", "ja", "100+", "18"},
            {"scholingsbehoefte_verandert", "ja", "total", "51"}, {"andere_vaardigheden", "ja", "total", "42"},
            {"personeelstekort_opgelost", "ja", "total", "11"}, {"functies_veranderen_sterk", "ja", "total", "23"},
            {"ai_gebruik", "helemaal_niet", "total", "60"}, {"ai_gebruik", "hoog_of_redelijk", "100+", "37"},
            {"ai_gebruik", "hoog_of_redelijk", "2-19", "15"}};
        for (String[] figure : published) {
            Map<String, Object> cell = DuckDb.query(result, "SELECT estimate, ci_logit_low, ci_logit_high FROM estimates "
                    + "WHERE variable = '" + figure[0] + "' AND level = '" + figure[1] + "' AND domain_value = '"
                    + figure[2] + "'").get(0);
            double target = Double.parseDouble(figure[3]) / 100;
            assertThat(target).as(String.join(" ", figure)).isBetween((Double) cell.get("ci_logit_low"),
                    (Double) cell.get("ci_logit_high"));
        }
    }

    @Test
    void theInputsTableRecordsEachInputsSizeAndTheChecksumTheRunWasStartedOn() throws Exception {
        assertThat(run("run").exitCode()).isEqualTo(ExitCodes.OK);
        Path data = project.resolve("sample-data/wave-2024");
        Map<String, Path> files = Map.of("spec", spec, "cati", data.resolve("cati.csv"), "cawi",
                data.resolve("cawi.xlsx"), "frame", data.resolve("frame.csv"));
        List<Map<String, Object>> inputs = DuckDb.query(result, "SELECT role, bytes, sha256 FROM inputs ORDER BY role");
        assertThat(inputs).extracting(r -> r.get("role")).containsExactly("cati", "cawi", "frame", "spec");
        for (Map<String, Object> input : inputs) {
            InputFile file = InputFile.describe("", files.get((String) input.get("role")));
            assertThat(input).as((String) input.get("role")).containsEntry("bytes", file.bytes())
                    .containsEntry("sha256", file.sha256());
        }
    }

    @Test
    void theSameSpecOnTheSameInputsIsDoneOnce() throws Exception {
        assertThat(run("run").exitCode()).isEqualTo(ExitCodes.OK);
        String before = InputFile.describe("result", result).sha256();
        CliRun again = run("run");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.ALREADY_DONE);
        assertThat(again.out()).contains("wave-2024 is already done", "nothing changed");
        assertThat(InputFile.describe("result", result).sha256()).isEqualTo(before);

        Files.writeString(spec, Files.readString(spec).replace("max_share: 0.05", "max_share: 0.049"));
        assertThat(run("run").exitCode()).as("a changed spec is a new run").isEqualTo(ExitCodes.OK);
    }

    @Test
    void tooManyRejectsStopBeforeWeighting() throws Exception {
        Files.writeString(spec, Files.readString(spec).replace("max_share: 0.05", "max_share: 0.001"));
        CliRun run = run("run");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("8 of 2314 records were rejected (0.3%), more than the limit of 0.1%");
        assertThat(result).doesNotExist();
        CliRun status = CliRun.of(project.resolve("home"), "status", spec.toString());
        assertThat(status.out()).contains("FAILED").contains("deriveStrata");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingestExport:ingest-cawi", "deriveStrata", "computeWeights", "estimateTables", "publish",
        "publishWorkbook"})
    void aRunThatFailedInAStepIsRestartedThereAndEndsWithTheSameTables(String step) throws Exception {
        Path uninterrupted = project.resolve("uninterrupted.duckdb");
        assertThat(run("run").exitCode()).isEqualTo(ExitCodes.OK);
        Files.move(result, uninterrupted);
        Files.delete(project.resolve("out/wave-2024.xlsx"));
        Files.writeString(spec, Files.readString(spec).replace("max_share: 0.05", "max_share: 0.049"));

        System.setProperty(FaultInjection.PROPERTY, step);
        CliRun failed = run("run");
        assertThat(failed.exitCode()).as(failed.out()).isNotEqualTo(ExitCodes.OK);
        assertThat(result).as("the result is published with the workbook, in the last step").doesNotExist();
        assertThat(project.resolve("out/wave-2024.xlsx")).doesNotExist();
        System.clearProperty(FaultInjection.PROPERTY);

        CliRun restarted = run("restart");
        assertThat(restarted.exitCode()).as(restarted.err()).isEqualTo(ExitCodes.OK);
        for (String table : List.of("estimates", "weights", "strata", "responses", "rejects", "codebook")) {
            assertThat(DuckDb.query(result, "SELECT * FROM " + table))
                    .as(table).isEqualTo(DuckDb.query(uninterrupted, "SELECT * FROM " + table));
        }
        List<Map<String, Object>> runs = DuckDb.query(result, "SELECT run_id FROM runs");
        assertThat(runs).hasSize(1);
        assertThat(project.resolve("out/wave-2024.xlsx")).isNotEmptyFile();
    }

    @Test
    void theResultAndTheWorkbookOfARunArePublishedTogether() throws Exception {
        Path workbook = project.resolve("out/wave-2024.xlsx");
        assertThat(run("run").exitCode()).isEqualTo(ExitCodes.OK);
        byte[] earlierResult = Files.readAllBytes(result);
        byte[] earlierWorkbook = Files.readAllBytes(workbook);
        Files.writeString(spec, Files.readString(spec).replace("max_share: 0.05", "max_share: 0.049"));

        System.setProperty(FaultInjection.PROPERTY, "publishWorkbook");
        assertThat(run("run").exitCode()).isNotEqualTo(ExitCodes.OK);
        System.clearProperty(FaultInjection.PROPERTY);
        assertThat(result).as("the new result waits for its workbook").hasBinaryContent(earlierResult);
        assertThat(workbook).hasBinaryContent(earlierWorkbook);

        assertThat(run("restart").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(DuckDb.single(result, "SELECT count(*) FROM runs")).isEqualTo(1L);
        assertThat(Files.readAllBytes(result)).isNotEqualTo(earlierResult);
        assertThat(Files.readAllBytes(workbook)).isNotEqualTo(earlierWorkbook);
        try (java.util.stream.Stream<Path> left = Files.list(project.resolve("out"))) {
            assertThat(left.map(f -> f.getFileName().toString())).as("no work or pending file left")
                    .containsExactlyInAnyOrder(".wave-2024.lock", ".weegschaal", "wave-2024.duckdb", "wave-2024.xlsx", "waves.duckdb");
        }
    }

    @Test
    void aSecondRunOfTheSameWaveAtOnceIsRefused() throws Exception {
        Files.createDirectories(project.resolve("out"));
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                project.resolve("out/.wave-2024.lock"), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = channel.lock()) {
            CliRun second = run("run");
            assertThat(second.exitCode()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(second.err()).contains("another run of wave-2024 is in progress");
        }
        assertThat(result).doesNotExist();
        assertThat(run("run").exitCode()).as("once the first run is gone").isEqualTo(ExitCodes.OK);
    }

    @Test
    void statusShowsAWorkerStepThatAKilledRunCreatedButNeverStarted() throws Exception {
        // what a kill right after the partitioning leaves once recovered: a worker step that ended but never started
        assertThat(failInComputeWeightsThen("UPDATE BATCH_STEP_EXECUTION SET START_TIME = NULL, STATUS = 'FAILED' "
                + "WHERE STEP_NAME = 'ingestExport:ingest-cati'")).isEqualTo(1);
        CliRun status = CliRun.of(project.resolve("home"), "status", spec.toString());
        assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
        assertThat(status.out()).containsPattern("ingestExport:ingest-cati +FAILED +read +2,225 .*rejected +1 *\\n")
                .contains("computeWeights           FAILED");
    }

    @Test
    void statusTellsARunWhoseProcessIsGoneFromOneInProgress() throws Exception {
        // what a kill during computeWeights leaves in the repository: the execution still STARTED
        failInComputeWeightsThen("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
        // the lock file names the process of the last run: this JVM, which is alive
        assertThat(CliRun.of(project.resolve("home"), "status", spec.toString()).out())
                .contains("STARTED, started ").contains("(running now)");

        Process gone = new ProcessBuilder("true").start();
        assertThat(gone.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)).as("`true` ends").isTrue();
        Files.writeString(project.resolve("out/.wave-2024.lock"), gone.pid() + " "
                + java.net.InetAddress.getLocalHost().getHostName() + " 2026-11-24T10:00:00Z\n");
        assertThat(CliRun.of(project.resolve("home"), "status", spec.toString()).out())
                .contains("(not running: its process is gone; the next run or restart continues it)");
        assertThat(run("run").exitCode()).as("the next run continues it").isEqualTo(ExitCodes.OK);
        assertThat(CliRun.of(project.resolve("home"), "status", spec.toString()).out()).doesNotContain("running");
    }

    /** Runs the wave to a failure in computeWeights, then changes its job repository; returns the rows changed. */
    private int failInComputeWeightsThen(String update) throws Exception {
        System.setProperty(FaultInjection.PROPERTY, "computeWeights");
        assertThat(run("run").exitCode()).isNotEqualTo(ExitCodes.OK);
        System.clearProperty(FaultInjection.PROPERTY);
        Path repository = JobRepositoryFile.repository(spec);
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + repository, "sa", "");
             var s = c.createStatement()) {
            return s.executeUpdate(update);
        }
    }

    @Test
    void restartWithNothingToRestartSaysSo() {
        CliRun restart = run("restart");
        assertThat(restart.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(restart.err()).contains("there is no earlier run of wave-2024");
    }
}
