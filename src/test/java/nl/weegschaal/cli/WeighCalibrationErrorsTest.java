package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code weigh --calibrate} refuses, and the calibration that has nothing to do. */
class WeighCalibrationErrorsTest {
    static final Path DATA = Path.of("src/test/resources/reference/calibration/greg_data.csv");
    @TempDir
    static Path dir;
    static Path frame;
    static Path totals;

    @BeforeAll
    static void files() throws Exception {
        frame = Files.writeString(dir.resolve("frame.csv"), "stype,N\nE,4421\nH,755\nM,1018\n");
        totals = Files.writeString(dir.resolve("totals.csv"), "variable,level,total\nstype,E,4421\nstype,H,755\n"
                + "stype,M,1018\nenroll,,3811472\n");
    }

    private static CliRun weigh(Path responses, String... more) {
        List<String> args = new ArrayList<>(List.of("weigh", "--responses", responses.toString(), "--frame",
                frame.toString(), "--strata", "stype", "--vars", "sch.wide", "--id", "row", "--out",
                dir.resolve("out-" + System.nanoTime() + ".duckdb").toString()));
        args.addAll(List.of(more));
        return CliRun.of(dir.resolve("home"), args.toArray(String[]::new));
    }

    @Test
    void calibrationAfterAnotherMethodIsAUsageErrorNamingTheOption() {
        CliRun run = weigh(DATA, "--method", "poststratify", "--calibrate", totals.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--calibrate starts from the stratified design weights")
                .contains("needs method stratified, got poststratify");
    }

    @Test
    void logitWithoutBoundsIsAUsageErrorNamingBounds() {
        CliRun run = weigh(DATA, "--method", "stratified", "--calibrate", totals.toString(), "--calfun", "logit");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--bounds must be finite for logit calibration").contains("got none");
    }

    @Test
    void boundsThatDoNotEncloseOneAreAUsageError() {
        CliRun run = weigh(DATA, "--method", "stratified", "--calibrate", totals.toString(), "--bounds", "1.2,3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--bounds must have lower < 1 < upper");
    }

    @Test
    void infeasibleBoundsStopTheRunNamingTheTotalFurthestOff() {
        CliRun run = weigh(DATA, "--method", "stratified", "--calibrate", totals.toString(), "--calfun", "logit",
                "--bounds", "0.99,1.01");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("did not meet the totals in 50 iterations")
                .contains("furthest off is enroll (total) (population total 3811472")
                .contains("the bounds [0.99, 1.01] on the g-weights may be infeasible");
    }

    @Test
    void aNumericAuxiliaryMissingForARespondentStopsTheRunNamingItsLine() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(DATA));
        String[] cells = lines.get(4).split(",", -1);
        cells[8] = "NA"; // enroll
        lines.set(4, String.join(",", cells));
        Path responses = Files.write(dir.resolve("missing-enroll.csv"), lines);
        CliRun run = weigh(responses, "--method", "stratified", "--calibrate", totals.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("line 5: the calibration auxiliary enroll is missing");
    }

    @Test
    void aNumericAuxiliaryThatIsNoNumberStopsTheRunNamingItsLineAndValue() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(DATA));
        String[] cells = lines.get(7).split(",", -1);
        cells[8] = "veel"; // enroll
        lines.set(7, String.join(",", cells));
        Path responses = Files.write(dir.resolve("word-enroll.csv"), lines);
        CliRun run = weigh(responses, "--method", "stratified", "--calibrate", totals.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("line 8: the calibration auxiliary enroll is 'veel', which is not a number");
    }

    @Test
    void trimmingWithCalibrationIsAUsageError() {
        CliRun run = weigh(DATA, "--method", "stratified", "--calibrate", totals.toString(), "--trim-max", "100");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--calibrate cannot be combined with trimming");
    }

    @Test
    void aCalibrationAlreadySatisfiedLeavesEveryDesignWeight() throws Exception {
        Path strataOnly = Files.writeString(dir.resolve("strata-only.csv"), "variable,level,total\nstype,E,4421\n"
                + "stype,H,755\nstype,M,1018\n");
        Path out = dir.resolve("satisfied.duckdb");
        CliRun run = CliRun.of(dir.resolve("home"), "weigh", "--responses", DATA.toString(), "--frame",
                frame.toString(), "--strata", "stype", "--vars", "sch.wide", "--id", "row", "--out", out.toString(),
                "--method", "stratified", "--calibrate", strataOnly.toString(), "--calfun", "raking");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, Object>> rows = DuckDb.query(out, "SELECT min(g_weight) AS low, max(g_weight) AS high, "
                + "max(abs(weight - design_weight)) AS moved FROM weights");
        assertThat(rows.get(0)).containsEntry("low", 1.0).containsEntry("high", 1.0).containsEntry("moved", 0.0);
    }
}
