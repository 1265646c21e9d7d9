package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.junit.jupiter.api.Test;

/** CATI codes and CAWI labels both become the wave's level codes; bad records become rejects. */
class HarmoniserTest {
    static final WaveSpec SPEC = SpecLoader.load(Path.of("jobs/wave-2024.yml"));

    private static SourceRecord record(InputSpec input, Map<String, String> byField) {
        List<String> header = new ArrayList<>(input.columns().values());
        String[] values = new String[header.size()];
        java.util.Arrays.fill(values, "");
        byField.forEach((field, value) -> values[header.indexOf(input.columns().get(field))] = value);
        return new SourceRecord(input.name() + ".export", 7, values);
    }

    private static Harmoniser.Outcome harmonise(int input, Map<String, String> byField) {
        InputSpec spec = SPEC.inputs().get(input);
        Harmoniser harmoniser = new Harmoniser(SPEC, spec);
        harmoniser.bind("export", new ArrayList<>(spec.columns().values()));
        return harmoniser.harmonise(record(spec, byField));
    }

    private static String value(Harmoniser.Outcome outcome, String field) {
        return outcome.record().values().get(SPEC.fields().indexOf(field));
    }

    @Test
    void catiCodesBecomeLevelCodes() {
        Harmoniser.Outcome out = harmonise(0, Map.of("id", "V1", "sbi", "4711", "employees", "12", "ai_gebruik", "3",
                "banen_verdwijnen", "1", "banen_erbij", "8", "andere_vaardigheden", "9",
                "functies_verdwijnen_welke.ict", "1", "functies_verdwijnen_welke.productie", "0"));
        assertThat(out.accepted()).as("%s", out.rejects()).isTrue();
        assertThat(out.record().mode()).isEqualTo("CATI");
        assertThat(value(out, "ai_gebruik")).isEqualTo("redelijke_mate");
        assertThat(value(out, "banen_erbij")).as("8: weet niet, a level").isEqualTo("weet_niet");
        assertThat(value(out, "andere_vaardigheden")).as("9: geen antwoord, missing").isNull();
        assertThat(value(out, "scholingsbehoefte_verandert")).isNull();
        assertThat(value(out, "sbi")).isEqualTo("4711");
        assertThat(value(out, "functies_verdwijnen_welke.ict")).isEqualTo("1");
        assertThat(value(out, "functies_verdwijnen_welke.productie")).isEqualTo("0");
        assertThat(value(out, "functies_verdwijnen_welke.overig")).as("empty beside ticked options: not ticked")
                .isEqualTo("0");
    }

    @Test
    void cawiLabelsBecomeLevelCodesWhateverTheirCaseAndSpacing() {
        Harmoniser.Outcome out = harmonise(1, Map.of("id", "W1", "sbi", "86101", "employees", "120",
                "ai_gebruik", "in  Zeer hoge mate ", "banen_verdwijnen", "Nee",
                "functies_veranderen_sterk", "Weet niet"));
        assertThat(out.accepted()).isTrue();
        assertThat(out.record().mode()).isEqualTo("CAWI");
        assertThat(value(out, "ai_gebruik")).isEqualTo("zeer_hoge_mate");
        assertThat(value(out, "functies_veranderen_sterk")).isEqualTo("weet_niet");
    }

    @Test
    void anAnswerOutsideTheCodebookIsRejectedWithFieldValueAndReason() {
        Harmoniser.Outcome out = harmonise(0, Map.of("id", "V2", "sbi", "4711", "employees", "12",
                "banen_verdwijnen", "7"));
        assertThat(out.accepted()).isFalse();
        assertThat(out.rejects()).containsExactly(new Reject("cati.export", 7, "V2", "banen_verdwijnen (V602)", "7",
                "not an answer of the codebook for banen_verdwijnen nor a value for no answer [9]"));
    }

    @Test
    void optionsTickedBySomeoneNotAskedAreRejected() {
        Harmoniser.Outcome out = harmonise(0, Map.of("id", "V3", "banen_verdwijnen", "2",
                "functies_verdwijnen_welke.ict", "1"));
        assertThat(out.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.reason()).isEqualTo(
                    "answered although not asked: functies_verdwijnen_welke is asked only of banen_verdwijnen = ja");
            assertThat(reject.field()).isEqualTo("functies_verdwijnen_welke.ict (V609_3)");
        });
    }

    @Test
    void optionsOfThoseNotAskedAreMissingNotZero() {
        Harmoniser.Outcome out = harmonise(0, Map.of("id", "V4", "banen_verdwijnen", "2",
                "functies_verdwijnen_welke.ict", "0"));
        assertThat(out.accepted()).isTrue();
        assertThat(value(out, "functies_verdwijnen_welke.ict")).isNull();
    }

    @Test
    void aMissingIdIsRejected() {
        assertThat(harmonise(0, Map.of("sbi", "4711")).rejects()).extracting(Reject::reason)
                .containsExactly("the respondent id is missing");
    }

    @Test
    void aRecordIsRejectedForEveryProblemItHasNotOnlyItsFirst() {
        Harmoniser.Outcome out = harmonise(0, Map.of("sbi", "4711", "ai_gebruik", "6", "banen_erbij", "7",
                "banen_verdwijnen", "2", "functies_verdwijnen_welke.ict", "1", "functies_veranderen_sterk", "x"));
        assertThat(out.rejects()).extracting(Reject::field).containsExactly("id (RESPNR)", "ai_gebruik (V601)",
                "banen_erbij (V603)", "functies_veranderen_sterk (V607)", "functies_verdwijnen_welke.ict (V609_3)");
        assertThat(out.rejects()).extracting(Reject::value).containsExactly(null, "6", "7", "x", "1");
    }

    @Test
    void aFilterAnswerThatIsNotValidSaysNothingAboutTheRoutedQuestion() {
        Harmoniser.Outcome out = harmonise(0, Map.of("id", "V5", "banen_verdwijnen", "7",
                "functies_verdwijnen_welke.ict", "1"));
        assertThat(out.rejects()).extracting(Reject::field).containsExactly("banen_verdwijnen (V602)");
    }

    @Test
    void aMissingCodeInTheFilterQuestionMeansTheRoutedQuestionWasNotAsked() {
        Harmoniser.Outcome asked = harmonise(0, Map.of("id", "V6", "banen_verdwijnen", "9",
                "functies_verdwijnen_welke.ict", "0"));
        assertThat(asked.accepted()).isTrue();
        assertThat(value(asked, "banen_verdwijnen")).isNull();
        assertThat(value(asked, "functies_verdwijnen_welke.ict")).isNull();
        Harmoniser.Outcome ticked = harmonise(0, Map.of("id", "V7", "banen_verdwijnen", "9",
                "functies_verdwijnen_welke.ict", "1"));
        assertThat(ticked.rejects()).extracting(Reject::reason).containsExactly(
                "answered although not asked: functies_verdwijnen_welke is asked only of banen_verdwijnen = ja");
    }

    @Test
    void aMappedColumnMissingFromTheExportIsAnInputError() {
        InputSpec cati = SPEC.inputs().get(0);
        Harmoniser harmoniser = new Harmoniser(SPEC, cati);
        List<String> header = new ArrayList<>(cati.columns().values());
        header.remove("V604");
        assertThatThrownBy(() -> harmoniser.bind("cati.csv", header)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("cati.csv: column 'V604' (mapped to scholingsbehoefte_verandert by input 'cati')");
    }
}
