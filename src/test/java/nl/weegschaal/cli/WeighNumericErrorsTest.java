package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code weigh --numeric}: weigh has no codebook, so any cell of a numeric column that is not empty and
 * not a number stops the run (exit 1) naming the line, the column and the value; a {@code --ratio} or
 * {@code --numeric} that means nothing is a usage error (exit 2) naming the option.
 */
class WeighNumericErrorsTest {
    static final String FRAME = "sector,N\n01,100\n02,80\n";
    static final String RESPONSES = "id,sector,q,vacatures,banen\n"
            + "A1,01,ja,3,10\nA2,01,nee,,4\nA3,01,ja,0,12\nA4,02,nee,1.5,7\nA5,02,ja,2,9\nA6,02,ja,4,\n";
    static final String EARLIER = "an earlier result";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"drie", "1,5", "3 banen", "1e3", "1.250.000"})
    void aCellThatIsNotANumberIsAnErrorNamingLineColumnAndValue(String cell) throws Exception {
        CliRun run = weigh(RESPONSES.replace("A4,02,nee,1.5", "A4,02,nee," + (cell.contains(",") ? "\"" + cell + "\""
                : cell)), List.of("--numeric", "vacatures,banen"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).startsWith("weegschaal: error: ").contains("responses.csv line 5")
                .contains("column 'vacatures'").contains("'" + cell + "' is not a number").doesNotContain("\tat ")
                .hasLineCount(1);
        assertThat(Files.readString(dir.resolve("out.duckdb"))).isEqualTo(EARLIER);
    }

    @Test
    void emptyCellsAreMissingAndNumbersAreSummed() throws Exception {
        CliRun run = weigh(RESPONSES, List.of("--numeric", "vacatures,banen", "--ratio", "vacatures/banen"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        // sector 01: 3 respondents of 100, weight 100/3; sector 02: 3 of 80, weight 80/3; A2's vacatures is empty
        Object total = nl.weegschaal.testing.DuckDb.single(dir.resolve("out.duckdb"), "SELECT estimate FROM estimates "
                + "WHERE statistic = 'total' AND variable = 'vacatures' AND domain_var = 'total'");
        assertThat((Double) total).isCloseTo(100.0 / 3 * 3 + 80.0 / 3 * 7.5,
                org.assertj.core.api.Assertions.within(1e-9));
        Object n = nl.weegschaal.testing.DuckDb.single(dir.resolve("out.duckdb"), "SELECT n_unweighted FROM estimates "
                + "WHERE statistic = 'ratio' AND variable = 'vacatures/banen' AND domain_var = 'total'");
        assertThat(n).isEqualTo(4L);
    }

    @Test
    void aRatioOfAVariableThatIsNotNumericIsAUsageError() throws Exception {
        CliRun run = weigh(RESPONSES, List.of("--numeric", "vacatures", "--ratio", "vacatures/banen"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--ratio vacatures/banen: banen is not one of the --numeric variables");
    }

    @Test
    void aRatioWithoutASlashIsAUsageError() throws Exception {
        CliRun run = weigh(RESPONSES, List.of("--numeric", "vacatures,banen", "--ratio", "vacatures"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--ratio vacatures: expected NUM/DEN");
    }

    @Test
    void aNumericVariableThatIsAlsoAVariableIsAUsageError() throws Exception {
        CliRun run = weigh(RESPONSES, List.of("--numeric", "q"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--numeric q is also given in --vars");
    }

    private CliRun weigh(String responses, List<String> options) throws Exception {
        Files.writeString(dir.resolve("responses.csv"), responses);
        Files.writeString(dir.resolve("frame.csv"), FRAME);
        Files.writeString(dir.resolve("out.duckdb"), EARLIER);
        List<String> args = new ArrayList<>(List.of("weigh", "--responses", dir.resolve("responses.csv").toString(),
                "--frame", dir.resolve("frame.csv").toString(), "--strata", "sector", "--vars", "q",
                "--method", "stratified", "--id", "id", "--out", dir.resolve("out.duckdb").toString()));
        for (int i = 0; i < options.size(); i += 2) {
            int at = args.indexOf(options.get(i));
            if (at >= 0) {
                args.set(at + 1, options.get(i + 1));
            } else {
                args.add(options.get(i));
                args.add(options.get(i + 1));
            }
        }
        return CliRun.of(dir.resolve("home"), args.toArray(String[]::new));
    }
}
