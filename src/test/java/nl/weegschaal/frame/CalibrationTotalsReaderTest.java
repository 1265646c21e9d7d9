package nl.weegschaal.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.weighting.CalibrationModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration totals file and the model it makes of the respondents' auxiliaries. */
class CalibrationTotalsReaderTest {
    @TempDir
    Path dir;

    private Path totals(String text) throws Exception {
        Path file = dir.resolve("totals.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void categoricalAndNumericAuxiliariesAreReadInFileOrder() throws Exception {
        CalibrationTotals totals = CalibrationTotalsReader.read(totals("""
                variable,level,total
                size_class,2-9,600
                size_class,10-49,300
                size_class,50+,100
                employees,,25000.5
                sector,A,400
                sector,B,600
                """));
        assertThat(totals.variables()).containsExactly("size_class", "employees", "sector");
        assertThat(totals.population()).isEqualTo(1000.0);
        assertThat(totals.auxiliaries().get(1).numeric()).isTrue();
        assertThat(totals.auxiliaries().get(1).total()).isEqualTo(25000.5);
        assertThat(totals.auxiliaries().get(0).levels()).containsKeys("2-9", "10-49", "50+");
    }

    @Test
    void modelIsInterceptLevelIndicatorsButTheFirstAndNumericValues() throws Exception {
        CalibrationTotals totals = CalibrationTotalsReader.read(totals("""
                variable,level,total
                size_class,2-9,600
                size_class,10-49,300
                size_class,50+,100
                employees,,25000
                """));
        CalibrationModel model = totals.model(999, List.of(
                CalibrationTotals.Values.categorical(List.of("10-49", "2-9", "50+"), new int[] {1, 2, 0}),
                CalibrationTotals.Values.numeric(new double[] {3, 75, 12})), i -> "line " + (i + 2));
        assertThat(model.names()).containsExactly("the population size (intercept)", "size_class 10-49",
                "size_class 50+", "employees (total)");
        assertThat(model.totals()).containsExactly(1000, 300, 100, 25000);
        assertThat(model.rows()[0]).containsExactly(1, 0, 0, 3);
        assertThat(model.rows()[1]).containsExactly(1, 0, 1, 75);
        assertThat(model.rows()[2]).containsExactly(1, 1, 0, 12);
    }

    @Test
    void withoutACategoricalAuxiliaryTheInterceptIsTheFramesPopulation() throws Exception {
        CalibrationTotals totals = CalibrationTotalsReader.read(totals("variable,level,total\nemployees,,25000\n"));
        assertThat(totals.population()).isNull();
        assertThat(totals.model(999, List.of(CalibrationTotals.Values.numeric(new double[] {4})), i -> "x").totals())
                .containsExactly(999, 25000);
    }

    @Test
    void aNumericAuxiliaryMissingForARespondentIsAnErrorNamingTheRespondent() throws Exception {
        CalibrationTotals totals = CalibrationTotalsReader.read(totals("variable,level,total\nemployees,,25000\n"));
        assertThatThrownBy(() -> totals.model(999, List.of(CalibrationTotals.Values.numeric(new double[] {4, Double.NaN})),
                i -> "cati.csv line " + (i + 2))).isInstanceOf(FrameException.class)
                .hasMessageContaining("cati.csv line 3").hasMessageContaining("employees is missing")
                .hasMessageContaining("every respondent needs a value");
    }

    @Test
    void aRespondentLevelTheTotalsDoNotListIsAnErrorListingTheLevels() throws Exception {
        CalibrationTotals totals = CalibrationTotalsReader.read(totals("variable,level,total\nsize,small,10\n"
                + "size,large,5\n"));
        assertThatThrownBy(() -> totals.model(15, List.of(CalibrationTotals.Values.categorical(List.of("huge", "small"),
                new int[] {1, 0})), i -> "line " + (i + 2))).hasMessageContaining("line 3: size is 'huge'")
                .hasMessageContaining("its levels: small, large");
    }

    @Test
    void categoricalAuxiliariesThatDescribeDifferentPopulationsAreAnErrorNamingTheOneThatDiffers() throws Exception {
        Path file = totals("variable,level,total\nsize,small,10\nsize,large,5\nsector,A,7\nsector,B,9\n");
        assertThatThrownBy(() -> CalibrationTotalsReader.read(file)).isInstanceOf(FrameException.class)
                .hasMessageContaining("line 4: the levels of sector add up to 16, but those of size to 15");
    }

    @Test
    void aLevelListedTwiceIsAnErrorNamingBothLines() throws Exception {
        Path file = totals("variable,level,total\nsize,small,10\nsize,small,5\n");
        assertThatThrownBy(() -> CalibrationTotalsReader.read(file))
                .hasMessageContaining("line 3").hasMessageContaining("size small is listed twice (first on line 2)");
    }

    @Test
    void aTotalWithADutchThousandsSeparatorIsAnErrorWithTheHint() throws Exception {
        Path file = totals("variable,level,total\nemployees,,155.480.000\n");
        assertThatThrownBy(() -> CalibrationTotalsReader.read(file)).hasMessageContaining("line 2")
                .hasMessageContaining("'155.480.000', which is not a number (a Dutch thousands separator? "
                        + "write 155480000)");
    }

    @Test
    void aVariableWithAndWithoutLevelsIsAnError() throws Exception {
        Path file = totals("variable,level,total\nsize,small,10\nsize,,5\n");
        assertThatThrownBy(() -> CalibrationTotalsReader.read(file))
                .hasMessageContaining("line 3: size has rows with and without a level");
    }

    @Test
    void aNegativeCountIsAnError() throws Exception {
        Path file = totals("variable,level,total\nsize,small,-10\n");
        assertThatThrownBy(() -> CalibrationTotalsReader.read(file)).hasMessageContaining("cannot be negative");
    }

    @Test
    void aFileWithoutTheColumnsIsAnErrorNamingThem() throws Exception {
        Path file = totals("name,value\nsize,10\n");
        assertThatThrownBy(() -> CalibrationTotalsReader.read(file)).hasMessageContaining("variable");
    }
}
