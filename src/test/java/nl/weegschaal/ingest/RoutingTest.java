package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routing of a multiple-response question with a single option ("tick if it applies"): as for any
 * multiple-response question, only a tick is an answer of someone who was not asked; an empty cell
 * read as not ticked ({@code blank_option: not_ticked}) or a not-ticked code is not.
 */
class RoutingTest {
    private static final String SPEC = """
            wave: routing
            survey: routing
            source_line: routing
            inputs:
              - name: online
                mode: CAWI
                file: online.xlsx
                format: xlsx
                sheet: Export
                answers: labels
                ticked: option_label
                blank_option: not_ticked
                columns: {id: id, sbi: sbi, filter: filter, q.alleen: alleen}
              - name: telefonisch
                mode: CATI
                file: telefonisch.csv
                format: csv
                answers: codes
                columns: {id: id, sbi: sbi, filter: filter, q.alleen: alleen}
            codebook:
              filter:
                question: Filter?
                asked_of: all
                levels:
                  - {code: ja, value: 1, nl: Ja}
                  - {code: nee, value: 2, nl: Nee}
              q:
                type: multiple
                question: Vink aan als het van toepassing is
                asked_of: {variable: filter, level: ja}
                options:
                  - {code: alleen, nl: Alleen}
            strata:
              sector: {from: sbi, classification: uwv-sector-16}
            frame: {file: frame.csv}
            weighting: {method: stratified}
            domains: [sector]
            output: {dir: out}
            """;

    @TempDir
    Path dir;
    WaveSpec spec;

    @BeforeEach
    void writeSpec() throws IOException {
        for (String file : List.of("online.xlsx", "telefonisch.csv")) {
            Files.writeString(dir.resolve(file), "not read");
        }
        Files.writeString(dir.resolve("frame.csv"), "sector,N\n05,10\n");
        Files.writeString(dir.resolve("routing.yml"), SPEC);
        spec = SpecLoader.load(dir.resolve("routing.yml"));
    }

    private Harmoniser.Outcome harmonise(int input, Map<String, String> byColumn) {
        InputSpec export = spec.inputs().get(input);
        List<String> header = new ArrayList<>(export.columns().values());
        Harmoniser harmoniser = new Harmoniser(spec, export);
        harmoniser.bind(export.name(), header);
        String[] values = new String[header.size()];
        Arrays.fill(values, "");
        byColumn.forEach((column, value) -> values[header.indexOf(column)] = value);
        return harmoniser.harmonise(new SourceRecord(export.name(), 2, values));
    }

    private String option(Harmoniser.Outcome outcome) {
        return outcome.record().values().get(spec.fields().indexOf("q.alleen"));
    }

    @Test
    void anEmptyOnlyOptionOfSomeoneNotAskedIsNoAnswerNotAnAnswerGivenUnasked() {
        Harmoniser.Outcome out = harmonise(0, Map.of("id", "W1", "sbi", "4711", "filter", "Nee"));
        assertThat(out.rejects()).isEmpty();
        assertThat(option(out)).as("not asked: missing, out of the base").isNull();
    }

    @Test
    void aNotTickedCodeInTheOnlyOptionOfSomeoneNotAskedIsNoAnswerNotAnAnswerGivenUnasked() {
        Harmoniser.Outcome out = harmonise(1, Map.of("id", "C1", "sbi", "4711", "filter", "2", "alleen", "0"));
        assertThat(out.rejects()).isEmpty();
        assertThat(option(out)).isNull();
    }

    @Test
    void theOnlyOptionTickedBySomeoneNotAskedIsRejected() {
        Harmoniser.Outcome out = harmonise(0, Map.of("id", "W2", "sbi", "4711", "filter", "Nee", "alleen", "Alleen"));
        assertThat(out.rejects()).extracting(Reject::reason)
                .containsExactly("answered although not asked: q is asked only of filter = ja");
    }

    @Test
    void anEmptyOnlyOptionOfSomeoneAskedIsNotTicked() {
        Harmoniser.Outcome out = harmonise(0, Map.of("id", "W3", "sbi", "4711", "filter", "Ja"));
        assertThat(out.rejects()).isEmpty();
        assertThat(option(out)).isEqualTo("0");
    }
}
