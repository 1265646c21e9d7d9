package nl.weegschaal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.weegschaal.testing.SmallWave;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keys of a numeric question ({@code type: numeric}) and {@code inputs[].decimal}, checked with the spec. */
class NumericSpecTest {
    private static final String NUMERIC = """
              aantal:
                type: numeric
                question: Hoeveel?
                asked_of: all
                unit: {nl: banen, en: jobs}
                min: 0
                max: 500
                missing: ["99999"]
                # aantal keys
              welke:
            """;

    @TempDir
    Path dir;
    SmallWave wave;

    @BeforeEach
    void smallWave() throws Exception {
        wave = SmallWave.in(dir).replace("  welke:\n", NUMERIC)
                .replace("welke.ict: Q2_2}", "welke.ict: Q2_2, aantal: Q3}")
                .replace("welke.ict: ICT}", "welke.ict: ICT, aantal: Aantal}");
    }

    private String error() throws Exception {
        Path spec = wave.spec();
        return org.assertj.core.api.Assertions.catchThrowableOfType(SpecException.class, () -> SpecLoader.load(spec))
                .getMessage();
    }

    @Test
    void aNumericQuestionLoadsWithItsUnitRangeAndMissingCodes() throws Exception {
        Question q = SpecLoader.load(wave.spec()).codebook().get("aantal");
        assertThat(q.isNumeric()).isTrue();
        assertThat(q.numeric()).isEqualTo(new NumericAnswer("banen", "jobs", 0.0, 500.0, java.util.List.of()));
        assertThat(q.missing()).containsExactly("99999");
        assertThat(q.numeric().range()).isEqualTo("[0, 500]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unit: {nl: banen, en: jobs}|           |codebook.aantal: the key 'unit' is missing",
        "max: 500|max: -1|codebook.aantal.max: max -1 is below min 0",
        "max: 500|max: veel|codebook.aantal.max: 'veel' is not a number",
        "# aantal keys|levels: [{code: a, nl: A}]|codebook.aantal.levels: a numeric question has no levels",
        "# aantal keys|dont_know: weet_niet|codebook.aantal.dont_know: a numeric question has no dont_know",
        "# aantal keys|ratio_too: gebruik|codebook.aantal.ratio_too: unknown key; did you mean ratio_to?",
        "# aantal keys|ratio_to: gebruik|codebook.aantal.ratio_to: 'gebruik' is not another numeric question",
        "# aantal keys|ratio_to: aantal|codebook.aantal.ratio_to: 'aantal' is not another numeric question",
        "unit: {nl: banen, en: jobs}|unit: {nl: banen, fr: emplois}|codebook.aantal.unit.fr: unknown key",
        "type: numeric|type: nummer|codebook.aantal.type: 'nummer' is not one of single, multiple, numeric",
    })
    void aMistakeInANumericQuestionIsNamedWithItsKey(String from, String to, String expected) throws Exception {
        wave.replace(from, to == null ? "" : to);
        assertThat(error()).contains(expected);
    }

    @Test
    void aNumericKeyOnAChoiceQuestionIsNamed() throws Exception {
        wave.with("gebruik", "unit: {nl: banen}");
        assertThat(error()).contains("codebook.gebruik.unit: only a numeric question (type: numeric) has unit");
    }

    @Test
    void aNumericQuestionCannotFilterAnotherQuestion() throws Exception {
        wave.replace("asked_of: {variable: gebruik, level: ja}", "asked_of: {variable: aantal, level: ja}");
        assertThat(error()).contains("'aantal' is not a single-choice question of the codebook");
    }

    @Test
    void aNumericQuestionIsNoDomain() throws Exception {
        wave.replace("domains: [size_class]", "domains: [size_class, aantal]");
        assertThat(error()).contains("domains: 'aantal' is neither a strata column nor a single-choice question");
    }

    @Test
    void numericQuestionsAreEstimatedUnderEveryMethod() throws Exception {
        wave.replace("method: stratified", "method: rake");
        assertThat(SpecLoader.load(wave.spec()).codebook().get("aantal").isNumeric()).isTrue();
    }

    @Test
    void theDecimalSeparatorOfAnExportIsPointOrComma() throws Exception {
        wave.with("cati", "decimal: comma");
        WaveSpec spec = SpecLoader.load(wave.spec());
        assertThat(spec.inputs().get(0).decimalComma()).isTrue();
        assertThat(spec.inputs().get(1).decimalComma()).isFalse();
        wave.replace("decimal: comma", "decimal: komma");
        assertThat(error()).contains("inputs[0].decimal: 'komma' is not one of point, comma");
    }

    @Test
    void aMisspeltDecimalKeyIsNamedWithTheKeyItWasMeantToBe() throws Exception {
        wave.with("cati", "decimals: comma");
        assertThat(error()).contains("inputs[0].decimals: unknown key; did you mean decimal?");
    }
}
