package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.weegschaal.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input gives exit code 1, one message naming the file, the line or stratum and
 * what is wrong, no stack trace, no result file, and leaves an earlier result untouched.
 */
class WeighErrorsTest {
    public static final String FRAME = "sector,size,N\n01,small,100\n01,large,20\n02,small,80\n02,large,10\n";
    public static final String RESPONSES = "id,sector,size,q,region\n"
            + "A1,01,small,ja,N\nA2,01,small,nee,Z\nA3,01,large,ja,N\nA4,01,large,ja,Z\n"
            + "A5,02,small,nee,N\nA6,02,small,ja,Z\nA7,02,large,nee,N\nA8,02,large,ja,Z\n";
    static final String EARLIER = "an earlier result";

    @TempDir
    Path dir;

    record Case(String name, String responses, String frame, List<String> options, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case bad(String name, String responses, String frame, String... expected) {
        return new Case(name, responses, frame, List.of(), List.of(expected));
    }

    static Stream<Case> cases() {
        return Stream.of(
                bad("a header only names the option", "id,sector,size,q,region\n", FRAME,
                        "responses.csv", "a header but no records (--responses)"),
                bad("unbalanced quote", RESPONSES + "A9,02,large,\"ja,N\n", FRAME,
                        "responses.csv line 10", "malformed CSV"),
                bad("ragged row", RESPONSES.replace("A5,02,small,nee,N", "A5,02,small,nee"), FRAME,
                        "responses.csv line 6", "4 fields but the header has 5"),
                bad("response stratum not in frame", RESPONSES.replace("A7,02,large", "A7,03,large"), FRAME,
                        "responses.csv line 8", "stratum 03 x large", "is not in the frame frame.csv"),
                bad("missing stratum value", RESPONSES.replace("A6,02,small", "A6,,small"), FRAME,
                        "responses.csv line 7", "stratum column 'sector' is missing"),
                bad("NA stratum value", RESPONSES.replace("A6,02,small", "A6,02,NA"), FRAME,
                        "responses.csv line 7", "stratum column 'size' is missing"),
                bad("duplicated id", RESPONSES.replace("A8,", "A2,"), FRAME,
                        "responses.csv line 9", "respondent id 'A2' is duplicated", "first seen on line 3"),
                bad("an empty id", RESPONSES.replace("A8,", " ,"), FRAME,
                        "responses.csv line 9", "the id column 'id' is empty"),
                bad("frame stratum listed twice", RESPONSES, FRAME + "01,small,50\n",
                        "frame.csv line 6", "stratum 01 x small is listed twice", "first on line 2"),
                bad("N missing", RESPONSES, FRAME.replace("02,small,80", "02,small,"),
                        "frame.csv line 4", "stratum 02 x small has no population count"),
                bad("N not a number", RESPONSES, FRAME.replace("02,small,80", "02,small,tachtig"),
                        "frame.csv line 4", "'tachtig', which is not a number"),
                bad("N not positive", RESPONSES, FRAME.replace("02,small,80", "02,small,0"),
                        "frame.csv line 4", "N = '0', which is not positive"),
                bad("N not a whole number", RESPONSES, FRAME.replace("02,small,80", "02,small,80.5"),
                        "frame.csv line 4", "stratum 02 x small", "N = '80.5', which is not a whole number"),
                bad("n_h above N_h", RESPONSES, FRAME.replace("02,large,10", "02,large,1"),
                        "stratum 02 x large has 2 respondents but the frame frame.csv says N = 1"),
                bad("not UTF-8", RESPONSES.replace("ja,N\nA2", "j\u00e4,N\nA2"), FRAME, "responses.csv",
                        "not valid UTF-8"),
                bad("empty responses", "", FRAME, "responses.csv", "empty"),
                bad("header only", "id,sector,size,q,region\n", FRAME, "responses.csv", "no respondents"),
                new Case("variable column missing", RESPONSES, FRAME, List.of("--vars", "q,nope"),
                        List.of("responses.csv", "column 'nope'", "does not exist", "id, sector, size, q, region")),
                new Case("domain column missing", RESPONSES, FRAME, List.of("--domains", "regio"),
                        List.of("responses.csv", "column 'regio'", "does not exist")),
                new Case("id column missing", RESPONSES, FRAME, List.of("--id", "vestiging"),
                        List.of("responses.csv", "column 'vestiging'", "does not exist")),
                new Case("strata column missing from frame", RESPONSES, FRAME.replace("size,N", "grootte,N"),
                        List.of(), List.of("frame.csv", "column 'size'", "does not exist")),
                new Case("frame count column missing", RESPONSES, FRAME, List.of("--frame-count-col", "aantal"),
                        List.of("frame.csv", "column 'aantal'", "does not exist")),
                new Case("a rake margin category without respondents", RESPONSES, FRAME + "03,small,40\n03,large,5\n",
                        List.of("--method", "rake"), List.of("margin sector = 03 has no respondents (population 45)",
                        "raking cannot reach its total", "--merge / --collapse-below")),
                new Case("trimming a stratified weight above the cap", RESPONSES, FRAME,
                        List.of("--trim-max", "30"), List.of("trimming to a cap of 30 cannot keep the population of "
                        + "stratum 01 x small", "N = 100")),
                new Case("lonely stratum under fail", RESPONSES.replace("A8,02,large,ja,Z\n", ""), FRAME,
                        List.of("--lonely-psu", "fail"),
                        List.of("stratum 02 x large has a single respondent", "--lonely-psu adjust or remove")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsNamedAndWritesNothing(Case c) throws Exception {
        assertRefused(c);
    }

    @Test
    void frameCountWithADutchThousandsSeparatorIsAnErrorNamingTheLine() throws Exception {
        assertRefused(bad("155.480", RESPONSES, FRAME.replace("01,small,100", "01,small,155.480"),
                "frame.csv line 2: stratum 01 x small has population count N = '155.480', which is not a whole number "
                        + "(a Dutch thousands separator? write 155480)"));
    }

    @Test
    void frameCountOf1e300IsANamedErrorNotACrash() throws Exception {
        assertRefused(bad("1e300", RESPONSES, FRAME.replace("01,small,100", "01,small,1e300"),
                "frame.csv line 2: stratum 01 x small has population count N = '1e300', which is not a whole number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9007199254740992", "9000000000000000000", "1000000000000000000000000000000"})
    void frameCountsBeyondTheExactWholeNumbersAreANamedErrorNotACrash(String count) throws Exception {
        assertRefused(bad(count, RESPONSES, FRAME.replace("01,small,100", "01,small," + count),
                "frame.csv line 2: stratum 01 x small has population count N = '" + count + "', which is too large",
                "at most 9007199254740991"));
    }

    @Test
    void idsThatDifferOnlyBySurroundingSpacesAreDuplicates() throws Exception {
        assertRefused(bad("spaced id", RESPONSES.replace("A8,", " A2 ,"), FRAME,
                "responses.csv line 9: respondent id 'A2' is duplicated; it was first seen on line 3 "
                        + "(ids are compared without surrounding spaces)"));
    }

    private void assertRefused(Case c) throws Exception {
        Path out = dir.resolve("out/result.duckdb");
        Files.createDirectories(out.getParent());
        Files.writeString(out, EARLIER);
        Files.write(dir.resolve("responses.csv"), c.responses().getBytes(c.name().equals("not UTF-8")
                ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("frame.csv"), c.frame());

        CliRun run = weigh(out, c.options());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).startsWith("weegschaal: error: ").contains(c.expected()).doesNotContain("\tat ")
                .hasLineCount(1);
        assertThat(Files.readString(out)).as("the earlier result is untouched").isEqualTo(EARLIER);
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).as("no temporary file is left").containsExactly(out);
        }
    }

    @Test
    void missingFileIsNamed() throws Exception {
        Files.writeString(dir.resolve("frame.csv"), FRAME);
        CliRun run = weigh(dir.resolve("out.duckdb"), List.of());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("responses.csv: file not found");
        assertThat(dir.resolve("out.duckdb")).doesNotExist();
    }

    @Test
    void unknownMethodIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("responses.csv"), RESPONSES);
        Files.writeString(dir.resolve("frame.csv"), FRAME);
        List<String> args = new ArrayList<>(arguments(dir.resolve("x.duckdb"), List.of()));
        args.set(args.indexOf("stratified"), "calibrate");
        CliRun run = CliRun.of(dir.resolve("home"), args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--method: 'calibrate' is not one of stratified, poststratify, rake");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--trim-max|-1|--trim-max must be a positive weight, got -1.0",
        "--trim-max|0|--trim-max must be a positive weight, got 0.0",
        "--trim-ratio|NaN|--trim-ratio must be above 1 (a multiple of the median weight), got NaN",
        "--trim-ratio|0.5|--trim-ratio must be above 1",
        "--collapse-below|-5|--collapse-below must be 0 (no collapsing) or more, got -5",
        "--level|NaN|--level must be between 0 and 1, got NaN"})
    void optionValuesThatMeanNothingAreUsageErrorsNamingTheOption(String option, String value, String expected)
            throws Exception {
        Files.writeString(dir.resolve("responses.csv"), RESPONSES);
        Files.writeString(dir.resolve("frame.csv"), FRAME);
        CliRun run = weigh(dir.resolve("x.duckdb"), List.of(option, value));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(expected).doesNotContain("internal error");
        assertThat(dir.resolve("x.duckdb")).doesNotExist();
    }

    private CliRun weigh(Path out, List<String> options) {
        return CliRun.of(dir.resolve("home"), arguments(out, options).toArray(String[]::new));
    }

    private List<String> arguments(Path out, List<String> options) {
        List<String> args = new ArrayList<>(Arrays.asList("weigh", "--responses", dir.resolve("responses.csv").toString(),
                "--frame", dir.resolve("frame.csv").toString(), "--strata", "sector,size", "--vars", "q",
                "--domains", "region", "--method", "stratified", "--id", "id", "--out", out.toString()));
        for (int i = 0; i < options.size(); i += 2) {
            int at = args.indexOf(options.get(i));
            if (at >= 0) {
                args.set(at + 1, options.get(i + 1));
            } else {
                args.add(options.get(i));
                args.add(options.get(i + 1));
            }
        }
        return args;
    }
}
