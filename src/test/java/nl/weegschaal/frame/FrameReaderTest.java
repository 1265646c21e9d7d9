package nl.weegschaal.frame;

import nl.weegschaal.weighting.StratumKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Population counts are whole numbers written in digits: anything else is an error naming the frame
 * file, the line, the count column and the value as written, never a number silently changed.
 */
class FrameReaderTest {
    @TempDir
    Path dir;

    /** Reads a frame whose stratum {@code 02 x small} (on line 3) has the given count, as written in the CSV. */
    private PopulationFrame readWithCount(String written) throws Exception {
        Path frame = dir.resolve("frame.csv");
        Files.writeString(frame, "sector,size,N\n01,small,100\n02,small," + written + "\n02,large,10\n");
        return FrameReader.read(frame, List.of("sector", "size"), "N");
    }

    private String errorFor(String written) {
        return assertThatThrownBy(() -> readWithCount(written)).isInstanceOf(FrameException.class)
                .hasMessageStartingWith("frame.csv line 3: stratum 02 x small has population count N = ")
                .actual().getMessage();
    }

    @Test
    void frameCountWithADutchThousandsSeparatorIsAnErrorNamingTheLine() {
        assertThat(errorFor("155.480")).contains("N = '155.480', which is not a whole number",
                "a Dutch thousands separator? write 155480");
    }

    @Test
    void frameCountWithAThousandsCommaIsAnErrorSuggestingTheDigits() {
        assertThat(errorFor("\"155,480\"")).contains("N = '155,480', which is not a whole number",
                "a thousands separator? write 155480");
    }

    @Test
    void frameCountWithSeveralThousandsSeparatorsSuggestsTheDigits() {
        assertThat(errorFor("1.234.567")).contains("'1.234.567'", "write 1234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"155 480", "155\u00a0480", "155'480"})
    void frameCountWithASpaceOrApostropheBetweenThousandsSuggestsTheDigits(String written) {
        assertThat(errorFor(written)).contains("which is not a whole number (a thousands separator? write 155480)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"155480.000", "\"155480,000\""})
    void frameCountWithThreeDigitsAfterThePointIsRefusedAsAmbiguous(String written) {
        assertThat(errorFor(written)).contains("which is not a whole number",
                "may be a thousands separator; write the count in digits only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"155480", "155480.0", "155480.00", "\"155480,0\"", "155480.", " 155480 ", "0155480",
            "+155480"})
    void frameCountWithOnlyZerosAfterThePointIsTheWholeNumber(String written) throws Exception {
        assertThat(readWithCount(written).population(StratumKey.of("02", "small"))).isEqualTo(155480.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"80.5", "1e300", "1E6", "8.0e1", "\"80,25\"", "+80.5"})
    void frameCountThatIsANumberButNotAWholeOneIsAnError(String written) {
        assertThat(errorFor(written)).contains("which is not a whole number; write the count of units in digits only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tachtig", "NaN", "Infinity", "0x50", "80 00", "٨٠"})
    void frameCountThatIsNotANumberIsAnError(String written) {
        assertThat(errorFor(written)).contains("which is not a number");
    }

    @Test
    void frameCountOfZeroIsNotPositive() {
        assertThat(errorFor("0")).contains("N = '0', which is not positive");
        assertThat(errorFor("000.0")).contains("which is not positive");
    }

    @Test
    void negativeFrameCountIsAnError() {
        assertThat(errorFor("-80")).contains("N = '-80', which is negative");
    }

    @Test
    void frameCountAtTheLargestExactWholeNumberIsReadExactly() throws Exception {
        assertThat(PopulationCount.MAX).isEqualTo(9_007_199_254_740_991L);
        double n = readWithCount("9007199254740991").population(StratumKey.of("02", "small"));
        assertThat((long) n).isEqualTo(PopulationCount.MAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9007199254740992", "9000000000000000000", "90000000000000000000000",
            "100000000000000000000000000000000000000000000000000"})
    void frameCountAboveTheLargestExactWholeNumberIsAnError(String written) {
        assertThat(errorFor(written)).contains("which is too large: a population count is at most 9007199254740991");
    }

    @Test
    void frameCountWithALineBreakIsShownOnOneLine() {
        assertThat(errorFor("\"80\n5\"")).contains("N = '80\\u000a5', which is not a number").doesNotContain("\n");
    }

    @Test
    void aVeryLongFrameCountIsShownShortened() {
        assertThat(errorFor("x".repeat(10_000))).contains("'" + "x".repeat(40) + "...', which is not a number")
                .hasSizeLessThan(300);
    }

    @Test
    void frameStratumValuesAreReadWithoutSurroundingSpaces() throws Exception {
        Path frame = dir.resolve("frame.csv");
        Files.writeString(frame, "sector,size,N\n 01 ,small ,100\n");
        assertThat(FrameReader.read(frame, List.of("sector", "size"), "N").counts())
                .containsOnlyKeys(StratumKey.of("01", "small"));
    }

    @Test
    void frameStrataThatDifferOnlyBySurroundingSpacesAreListedTwice() throws Exception {
        Path frame = dir.resolve("frame.csv");
        Files.writeString(frame, "sector,size,N\n01,small,100\n01 ,small,50\n");
        assertThatThrownBy(() -> FrameReader.read(frame, List.of("sector", "size"), "N"))
                .isInstanceOf(FrameException.class)
                .hasMessage("frame.csv line 3: stratum 01 x small is listed twice in the frame (first on line 2)");
    }
}
