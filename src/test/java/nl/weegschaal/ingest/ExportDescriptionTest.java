package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.SpecException;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.testing.SmallWave;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an export can say and the spec can describe: codes and labels that mean "no answer", empty or
 * label-ticked option cells, aliases, on a small hand-made wave in both formats (codes and labels).
 * Fields: sbi, employees, gebruik, welke.admin, welke.ict.
 */
class ExportDescriptionTest {
    @TempDir
    Path dir;
    SmallWave wave;

    @BeforeEach
    void smallWave() throws Exception {
        wave = SmallWave.in(dir);
    }

    /** Harmonises one record of input {@code input} (0: cati, 1: cawi) given as its cells in header order. */
    private Harmoniser.Outcome harmonise(int input, String... cells) throws Exception {
        WaveSpec spec = SpecLoader.load(wave.spec());
        InputSpec export = spec.inputs().get(input);
        Harmoniser harmoniser = new Harmoniser(spec, export);
        List<String> header = input == 0 ? Arrays.asList(SmallWave.CATI_HEADER.split(";")) : SmallWave.CAWI_HEADER;
        harmoniser.bind("export", new ArrayList<>(header));
        return harmoniser.harmonise(new SourceRecord("export", 2, cells));
    }

    /** gebruik, welke.admin, welke.ict of an accepted record. */
    private static List<String> answers(Harmoniser.Outcome outcome) {
        assertThat(outcome.rejects()).as("rejects").isEmpty();
        return outcome.record().values().subList(2, 5);
    }

    @Test
    void aMissingCodeIsNoAnswerNotALevelNorAReject() throws Exception {
        wave.with("cati", "missing: [\"9\", \"-1\"]");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "9", "", ""))).containsExactly(null, null, null);
        assertThat(answers(harmonise(0, "V1", "4711", "12", "-1", "", ""))).containsExactly(null, null, null);
        assertThat(answers(harmonise(0, "V1", "4711", "12", "8", "", ""))).containsExactly("weet_niet", null, null);
    }

    @Test
    void withoutAMissingCodeTheCodeIsRejectedWithItsReason() throws Exception {
        assertThat(harmonise(0, "V1", "4711", "12", "9", "", "").rejects()).singleElement()
                .extracting(Reject::reason).isEqualTo("not an answer of the codebook for gebruik");
    }

    @Test
    void missingLabelsMatchWithoutRegardToCaseAndSpacing() throws Exception {
        wave.with("cawi", "missing: [Geen antwoord, Wil niet zeggen]");
        assertThat(answers(harmonise(1, "W1", "4711", "12", " geen  ANTWOORD ", "", ""))).containsExactly(null, null,
                null);
        assertThat(answers(harmonise(1, "W1", "4711", "12", "wil niet zeggen", "", ""))).containsExactly(null, null,
                null);
    }

    @Test
    void aQuestionsOwnMissingValuesAddToTheExports() throws Exception {
        wave.with("cati", "missing: [\"9\"]").with("gebruik", "missing: [\"99\"]");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "99", "", ""))).containsExactly(null, null, null);
        assertThat(answers(harmonise(0, "V1", "4711", "12", "9", "", ""))).containsExactly(null, null, null);
    }

    @Test
    void aMissingCodeInTheRoutingQuestionMeansTheRoutedQuestionWasNotAsked() throws Exception {
        wave.with("cati", "missing: [\"9\"]");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "9", "", ""))).containsExactly(null, null, null);
        assertThat(harmonise(0, "V1", "4711", "12", "9", "1", "").rejects()).singleElement()
                .extracting(Reject::reason).isEqualTo("answered although not asked: welke is asked only of gebruik = ja");
    }

    @Test
    void aMissingCodeInAnOptionIsNoAnswerForThatOption() throws Exception {
        wave.with("cati", "missing: [\"9\"]");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "1", "9", "9"))).as("no option answered: out of the base")
                .containsExactly("ja", null, null);
        assertThat(answers(harmonise(0, "V1", "4711", "12", "1", "1", "9"))).as("beside a ticked one: not ticked")
                .containsExactly("ja", "1", "0");
    }

    @Test
    void blankOptionsAreNoAnswerByDefault() throws Exception {
        assertThat(answers(harmonise(0, "V1", "4711", "12", "1", "", ""))).as("every option blank")
                .containsExactly("ja", null, null);
        assertThat(answers(harmonise(0, "V1", "4711", "12", "1", "1", ""))).as("partly blank")
                .containsExactly("ja", "1", "0");
    }

    @Test
    void blankOptionNotTickedPutsSomeoneAskedWhoLeftEveryOptionEmptyInTheBase() throws Exception {
        wave.with("cati", "blank_option: not_ticked");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "1", "", ""))).as("every option blank")
                .containsExactly("ja", "0", "0");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "1", "", "1"))).as("partly blank")
                .containsExactly("ja", "0", "1");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "2", "", ""))).as("not asked: still missing")
                .containsExactly("nee", null, null);
        assertThat(answers(harmonise(0, "V1", "4711", "12", "", "", ""))).as("no answer to the filter: not asked")
                .containsExactly(null, null, null);
    }

    @Test
    void optionLabelTicksAnOptionWhoseCellHoldsItsOwnLabelOrAnAlias() throws Exception {
        wave.with("cawi", "ticked: option_label\nblank_option: not_ticked")
                .replace("{code: admin, nl: Administratie, en: Administration}",
                        "{code: admin, nl: Administratie, en: Administration, aliases: [Administratief personeel]}");
        assertThat(answers(harmonise(1, "W1", "4711", "12", "Ja", "administratief  Personeel", "")))
                .containsExactly("ja", "1", "0");
        assertThat(answers(harmonise(1, "W1", "4711", "12", "Ja", "Administratie", "ICT")))
                .containsExactly("ja", "1", "1");
        Harmoniser.Outcome wrong = harmonise(1, "W1", "4711", "12", "Ja", "", "Administratie");
        assertThat(wrong.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.field()).isEqualTo("welke.ict (ICT)");
            assertThat(reject.reason()).contains("the option's label 'ICT'");
        });
    }

    @Test
    void anAliasOfALevelIsMatchedLikeItsLabelAndTheLabelStaysTheOnePublished() throws Exception {
        wave.replace("{code: weet_niet, value: 8, nl: Weet niet, en: Don't know}",
                "{code: weet_niet, value: 8, nl: Weet niet, en: Don't know, aliases: [Weet ik niet, Geen idee]}");
        assertThat(answers(harmonise(1, "W1", "4711", "12", "weet ik  niet", "", ""))).containsExactly("weet_niet",
                null, null);
        assertThat(answers(harmonise(1, "W1", "4711", "12", "Geen idee", "", ""))).containsExactly("weet_niet",
                null, null);
        assertThat(SpecLoader.load(wave.spec()).codebook().get("gebruik").level("weet_niet").nl())
                .isEqualTo("Weet niet");
    }

    @Test
    void aLevelValueThatIsAlsoAMissingValueIsASpecError() throws Exception {
        wave.with("cati", "missing: [\"8\"]");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class).hasMessageContaining(
                "small.yml line 12: inputs[0].missing: '8' means no answer, but it is also the value or a label of "
                        + "level 'weet_niet' of gebruik");
    }

    @Test
    void aLevelLabelThatIsAlsoAMissingValueOfTheQuestionIsASpecError() throws Exception {
        wave.with("gebruik", "missing: [weet NIET]");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class)
                .hasMessageContaining("codebook.gebruik.missing: 'weet NIET' means no answer, but it is also the "
                        + "value or a label of level 'weet_niet' of gebruik");
    }

    @Test
    void twoLevelsWithTheSameLabelAreASpecError() throws Exception {
        wave.replace("nl: Nee, en: \"No\"", "nl: \"JA\", en: \"No\"");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class)
                .hasMessageContaining("codebook.gebruik.levels[1].nl: 'JA' is also a label or alias of level 'ja'");
    }

    @Test
    void anAliasEqualToAnotherLevelsLabelIsASpecError() throws Exception {
        wave.replace("{code: weet_niet, value: 8, nl: Weet niet, en: Don't know}",
                "{code: weet_niet, value: 8, nl: Weet niet, en: Don't know, aliases: [Nee]}");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class)
                .hasMessageContaining("codebook.gebruik.levels[2].aliases: 'Nee' is also a label or alias of level 'nee'");
    }

    @Test
    void aCellValueThatWouldMeanTwoThingsIsASpecError() throws Exception {
        wave.with("cati", "missing: [\"0\"]");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class)
                .hasMessageContaining("inputs[0].missing: '0' means no answer and not ticked");
        wave = SmallWave.in(dir.resolve("other")).with("cati", "ticked: [\"1\", \"J\"]\nnot_ticked: [\"0\", \"j\"]");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class)
                .hasMessageContaining("inputs[0].not_ticked: 'J' means ticked and not ticked");
    }

    @Test
    void anOptionLabelThatIsAlsoANotTickedValueIsASpecError() throws Exception {
        wave.with("cawi", "ticked: option_label\nnot_ticked: [Nee, ict]");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class)
                .hasMessageContaining("inputs[1].not_ticked: 'ICT' is a label of option welke.ict");
    }

    @Test
    void aBlankOptionValueThatIsNotKnownIsASpecError() throws Exception {
        wave.with("cati", "blank_option: unticked");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class)
                .hasMessageContaining("inputs[0].blank_option: 'unticked' is not one of MISSING, NOT_TICKED");
    }

    @Test
    void anExportsRejectShareMustBeAFraction() throws Exception {
        wave.with("cawi", "max_reject_share: 5");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class)
                .hasMessageContaining("inputs[1].max_reject_share: the share must be between 0 and 1");
    }

    @Test
    void aQuestionCanBeRoutedOnSeveralLevelsOfItsFilter() throws Exception {
        wave.replace("asked_of: {variable: gebruik, level: ja}", "asked_of: {variable: gebruik, level: [ja, weet_niet]}");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "8", "1", ""))).containsExactly("weet_niet", "1", "0");
        assertThat(harmonise(0, "V1", "4711", "12", "2", "1", "").rejects()).singleElement().extracting(Reject::reason)
                .isEqualTo("answered although not asked: welke is asked only of gebruik = ja or weet_niet");
    }

    @Test
    void aQuestionCanBeRoutedOnADerivedLevelOfItsFilter() throws Exception {
        wave.with("gebruik", "derived: [{code: niet_nee, nl: Niet nee, of: [ja, weet_niet]}]")
                .replace("asked_of: {variable: gebruik, level: ja}", "asked_of: {variable: gebruik, level: niet_nee}");
        assertThat(SpecLoader.load(wave.spec()).codebook().get("welke").askedOf().plainLevels())
                .containsExactly("ja", "weet_niet");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "8", "", "1"))).containsExactly("weet_niet", "0", "1");
        assertThat(answers(harmonise(0, "V1", "4711", "12", "2", "", ""))).containsExactly("nee", null, null);
    }

    @Test
    void aRoutingLevelThatIsNotALevelOfTheFilterIsASpecError() throws Exception {
        wave.replace("asked_of: {variable: gebruik, level: ja}", "asked_of: {variable: gebruik, level: [ja, misschien]}");
        assertThatThrownBy(() -> SpecLoader.load(wave.spec())).isInstanceOf(SpecException.class)
                .hasMessageContaining("codebook.welke.asked_of: 'misschien' is not a level of gebruik");
    }
}
