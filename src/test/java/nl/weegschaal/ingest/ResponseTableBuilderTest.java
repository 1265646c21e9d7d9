package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.frame.FrameException;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.weighting.StratumKey;
import org.junit.jupiter.api.Test;

/**
 * The response table of {@code weigh} ignores surrounding spaces, as the wave job does: an id, a
 * stratum value or an answer written with spaces around it is the same as without.
 */
class ResponseTableBuilderTest {
    private static final List<String> HEADER = List.of("id", "sector", "q");

    private final ResponseTableBuilder builder = builder();

    private static ResponseTableBuilder builder() {
        Map<StratumKey, Double> counts = new LinkedHashMap<>();
        counts.put(StratumKey.of("01"), 100.0);
        counts.put(StratumKey.of("02"), 50.0);
        ResponseTableBuilder b = new ResponseTableBuilder(new ResponseSchema("id", List.of("sector"), List.of("q"),
                List.of()), new PopulationFrame(Path.of("frame.csv"), List.of("sector"), counts));
        b.bind(HEADER);
        return b;
    }

    private void add(long line, String... values) {
        builder.add(new SourceRecord("responses.csv", line, values));
    }

    @Test
    void idsAreKeptWithoutSurroundingSpaces() {
        add(2, " A1 ", "01", "ja");
        add(3, "A2\t", "02", "nee");
        assertThat(builder.build().ids()).containsExactly("A1", "A2");
    }

    @Test
    void idsThatDifferOnlyBySurroundingSpacesAreDuplicatesNamingBothLines() {
        add(2, " A1", "01", "ja");
        assertThatThrownBy(() -> add(7, "A1", "02", "nee")).isInstanceOf(RecordException.class)
                .hasMessageStartingWith("responses.csv line 7: respondent id 'A1' is duplicated; it was first seen "
                        + "on line 2 (ids are compared without surrounding spaces)");
    }

    @Test
    void aDuplicateWithoutSpacesSaysNothingAboutSpaces() {
        add(2, "A1", "01", "ja");
        assertThatThrownBy(() -> add(3, "A1", "02", "nee"))
                .hasMessageStartingWith("responses.csv line 3: respondent id 'A1' is duplicated; it was first seen "
                        + "on line 2 (record: ").hasMessageNotContaining("surrounding spaces");
    }

    @Test
    void anIdOfSpacesOnlyIsEmpty() {
        assertThatThrownBy(() -> add(2, "   ", "01", "ja")).isInstanceOf(RecordException.class)
                .hasMessageStartingWith("responses.csv line 2: the id column 'id' is empty");
    }

    @Test
    void answersThatDifferOnlyBySurroundingSpacesAreOneLevel() {
        add(2, "A1", "01", "ja");
        add(3, "A2", "01", "ja ");
        add(4, "A3", "02", " nee");
        add(5, "A4", "02", " NA ");
        ResponseTable table = builder.build();
        assertThat(table.column("q").levels()).containsExactly("ja", "nee");
        assertThat(table.column("q").code(3)).as("' NA ' is missing").isEqualTo(CategoricalColumn.MISSING);
    }

    @Test
    void aStratumValueWithSurroundingSpacesIsItsFrameStratum() {
        add(2, "A1", " 01 ", "ja");
        add(3, "A2", "02", "nee");
        ResponseTable table = builder.build();
        assertThat(table.strata()).containsExactly(StratumKey.of("01"), StratumKey.of("02"));
        assertThat(table.respondents()).containsExactly(1, 1);
    }

    @Test
    void aStratumNotInTheFrameIsNamedWithoutItsSpaces() {
        assertThatThrownBy(() -> add(2, "A1", " 03 ", "ja")).isInstanceOf(FrameException.class)
                .hasMessage("responses.csv line 2: stratum 03 (sector=03) is not in the frame frame.csv");
    }
}
