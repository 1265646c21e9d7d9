package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.weegschaal.weighting.StratumKey;
import org.junit.jupiter.api.Test;

/**
 * {@code weigh}'s checks of each record ignore surrounding spaces, as the wave job does: an id or a
 * stratum value written with spaces around it is the same as without.
 */
class RecordCheckTest {
    private static final List<String> HEADER = List.of("id", "sector", "q");

    private final RecordCheck check = check();

    private static RecordCheck check() {
        RecordCheck c = new RecordCheck(List.of("sector"), List.of(StratumKey.of("01"), StratumKey.of("02")),
                "frame.csv", "id");
        c.bind(HEADER);
        return c;
    }

    private void add(long line, String... values) {
        check.check(new SourceRecord("responses.csv", line, values));
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
    void aStratumValueWithSurroundingSpacesIsItsFrameStratum() {
        assertThatCode(() -> add(2, "A1", " 01 ", "ja")).doesNotThrowAnyException();
    }

    @Test
    void aMissingStratumValueSaysTheRespondentCannotBeWeighted() {
        assertThatThrownBy(() -> add(2, "A1", " ", "ja")).isInstanceOf(RecordException.class)
                .hasMessageStartingWith("responses.csv line 2: the stratum column 'sector' is missing, so the "
                        + "respondent cannot be weighted");
    }

    @Test
    void aStratumNotInTheFrameIsNamedWithoutItsSpaces() {
        assertThatThrownBy(() -> add(2, "A1", " 03 ", "ja")).isInstanceOf(InputFileException.class)
                .hasMessage("responses.csv line 2: stratum 03 (sector=03) is not in the frame frame.csv");
    }
}
