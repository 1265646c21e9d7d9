package nl.weegschaal.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.result.CodedColumn;
import nl.weegschaal.result.RespondentAnswers;
import org.junit.jupiter.api.Test;

/** The linearised values of a cell and the pairing of establishments by id, on hand-made waves. */
class OverlapChangesTest {
    /** Six establishments in two strata (N = 30 and 8), answering ai_gebruik; two in region Noord. */
    static RespondentAnswers wave(String... ids) {
        return new RespondentAnswers(ids, new int[] {0, 0, 0, 1, 1, 1}, new double[] {30, 8}, new int[] {3, 3},
                new double[] {10, 10, 10, 8.0 / 3, 8.0 / 3, 8.0 / 3},
                Map.of("ai_gebruik", new CodedColumn(new String[] {"hoge_mate", "helemaal_niet", "weet_niet"},
                                new int[] {0, 1, -1, 2, 0, 1}),
                        "region", new CodedColumn(new String[] {"Noord", "Zuid"}, new int[] {0, 1, 0, 1, 1, 1}),
                        "functies.ict", new CodedColumn(new String[] {"1", "0"}, new int[] {0, -1, -1, 1, 0, -1})),
                Set.of("functies"), Map.of("ai_gebruik", Map.of("some", List.of("hoge_mate", "weet_niet"))));
    }

    @Test
    void aDomainProportionsLinearisedValuesAreWeightedResidualsOverTheDomainsBase() {
        // Noord: respondents 0 (hoge_mate) and 2 (no answer: out of the base) -> base = respondent 0 alone
        CellLinearisation cell = CellLinearisation.of(wave("a", "b", "c", "d", "e", "f"),
                new CellKey("ai_gebruik", "hoge_mate", "region", "Noord"));
        assertThat(cell.inCell()).containsExactly(true, false, false, false, false, false);
        assertThat(cell.z()).containsExactly(0, 0, 0, 0, 0, 0); // p = 1 in a base of one
        // total: base = 0,1,3,4,5 with weights 10,10,8/3 x3 = 28; hoge_mate: 0 and 4 -> p = (10 + 8/3) / 28
        CellLinearisation total = CellLinearisation.of(wave("a", "b", "c", "d", "e", "f"),
                new CellKey("ai_gebruik", "hoge_mate", "total", "total"));
        double p = (10 + 8.0 / 3) / 28;
        assertThat(total.z()[0]).isCloseTo(10 * (1 - p) / 28, within(1e-15));
        assertThat(total.z()[1]).isCloseTo(10 * (0 - p) / 28, within(1e-15));
        assertThat(total.z()[2]).isZero();
        assertThat(total.z()[4]).isCloseTo(8.0 / 3 * (1 - p) / 28, within(1e-15));
    }

    @Test
    void aDerivedLevelCountsEveryLevelItCombinesAndAnOptionItsTicks() {
        CellLinearisation some = CellLinearisation.of(wave("a", "b", "c", "d", "e", "f"),
                new CellKey("ai_gebruik", "some", "total", "total"));
        double p = (10 + 8.0 / 3 + 8.0 / 3) / 28; // respondents 0 (hoge_mate), 3 (weet_niet), 4 (hoge_mate)
        assertThat(some.z()[3]).isCloseTo(8.0 / 3 * (1 - p) / 28, within(1e-15));
        CellLinearisation ict = CellLinearisation.of(wave("a", "b", "c", "d", "e", "f"),
                new CellKey("functies", "ict", "total", "total"));
        // asked: 0 (ticked), 3 (not), 4 (ticked): weights 10, 8/3, 8/3
        double base = 10 + 16.0 / 3;
        assertThat(ict.inCell()).containsExactly(true, false, false, true, true, false);
        assertThat(ict.z()[3]).isCloseTo(8.0 / 3 * (0 - (10 + 8.0 / 3) / base) / base, within(1e-15));
    }

    @Test
    void aCellWhoseVariableTheWaveDoesNotHoldCannotBeLinearised() {
        assertThat(CellLinearisation.of(wave("a", "b", "c", "d", "e", "f"),
                new CellKey("banen_erbij", "ja", "total", "total"))).isNull();
    }

    @Test
    void withoutEstablishmentsInBothTheChangeIsTestedExactlyAsForIndependentSamples() {
        OverlapChanges none = OverlapChanges.of(wave("a", "b", "c", "d", "e", "f"),
                wave("g", "h", "i", "j", "k", "l"));
        assertThat(none.establishmentsInBoth()).isZero();
        Cell old = new Cell(0.4, 0.05, 10L);
        Cell neu = new Cell(0.5, 0.06, 10L);
        OverlapChanges.Result result = none.test(new CellKey("ai_gebruik", "hoge_mate", "total", "total"), old, neu);
        assertThat(result.test()).isEqualTo(DifferenceTest.of(0.4, 0.05, 0.5, 0.06));
        assertThat(result.inBoth()).isZero();
    }

    @Test
    void establishmentsArePairedByIdWhateverTheirOrder() {
        OverlapChanges some = OverlapChanges.of(wave("a", "b", "c", "d", "e", "f"),
                wave("f", "x", "b", "y", "z", "a"));
        assertThat(some.establishmentsInBoth()).isEqualTo(3);
    }
}
