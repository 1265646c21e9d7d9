package nl.weegschaal.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.result.StratumRow;
import org.junit.jupiter.api.Test;

/** The arithmetic of compare, by hand. */
class DifferenceTestTest {

    @Test
    void standardErrorOfADifferenceOfIndependentEstimates() {
        // 3-4-5: se_d = sqrt(0.03^2 + 0.04^2) = 0.05; z = 0.06 / 0.05 = 1.2; p = 2 (1 - Phi(1.2)) = 0.230139
        DifferenceTest test = DifferenceTest.of(0.30, 0.03, 0.36, 0.04);
        assertThat(test.seDifference()).isCloseTo(0.05, within(1e-15));
        assertThat(test.z()).isCloseTo(1.2, within(1e-12));
        assertThat(test.pValue()).isCloseTo(0.2301393, within(1e-7));
        assertThat(test.significant5pct()).isFalse();
        DifferenceTest down = DifferenceTest.of(0.36, 0.04, 0.30, 0.03);
        assertThat(down.z()).isCloseTo(-1.2, within(1e-12));
        assertThat(down.pValue()).isCloseTo(test.pValue(), within(1e-15));
    }

    @Test
    void significanceAtFivePercent() {
        assertThat(DifferenceTest.pValue(1.959963985)).isCloseTo(0.05, within(1e-9));
        assertThat(DifferenceTest.of(0.10, 0.01, 0.13, 0.01).significant5pct()).isTrue(); // z = 2.12
        assertThat(DifferenceTest.of(0.10, 0.01, 0.12, 0.01).significant5pct()).isFalse(); // z = 1.41
    }

    @Test
    void missingOrZeroStandardErrors() {
        assertThat(DifferenceTest.of(0.1, null, 0.2, 0.01)).isNull();
        assertThat(DifferenceTest.of(null, 0.01, 0.2, 0.01)).isNull();
        DifferenceTest zeroSame = DifferenceTest.of(0.0, 0.0, 0.0, 0.0);
        assertThat(zeroSame.z()).isNull();
        assertThat(zeroSame.significant5pct()).isFalse();
        assertThat(DifferenceTest.of(0.0, 0.0, 1.0, 0.0).significant5pct()).isNull();
    }

    @Test
    void sameRespondentsWhenTheResponseChecksumsAreEqual() {
        assertThat(SameRespondents.detect(Set.of("a", "b"), Set.of("b", "a"))).isEqualTo(ComparisonKind.SAME_RESPONDENTS);
        assertThat(SameRespondents.detect(Set.of("a"), Set.of("a", "b"))).isEqualTo(ComparisonKind.INDEPENDENT);
        assertThat(SameRespondents.detect(Set.of(), Set.of())).isEqualTo(ComparisonKind.INDEPENDENT);
    }

    @Test
    void cellsArePairedAndTheOnlyOnesListed() {
        CellKey a = new CellKey("v", "ja", "total", "total");
        CellKey b = new CellKey("v", "nee", "total", "total");
        CellKey c = new CellKey("w", "ja", "total", "total");
        Map<CellKey, Cell> old = new LinkedHashMap<>();
        old.put(a, new Cell(0.30, 0.03, 100L));
        old.put(b, new Cell(0.70, 0.03, 100L));
        Map<CellKey, Cell> neu = new LinkedHashMap<>();
        neu.put(a, new Cell(0.36, 0.04, 90L));
        neu.put(c, new Cell(0.5, 0.05, 90L));
        Map<CellKey, Publishability> publishable = Map.of(a, Publishability.PUBLISHABLE, b, Publishability.PUBLISHABLE,
                c, Publishability.PUBLISHABLE);
        List<CellChange> changes = CellComparison.compare(old, neu, publishable, publishable,
                ComparisonKind.INDEPENDENT);
        assertThat(changes).extracting(CellChange::key).containsExactly(a, b, c);
        assertThat(changes).extracting(CellChange::status).containsExactly(CellChange.Status.BOTH,
                CellChange.Status.ONLY_OLD, CellChange.Status.ONLY_NEW);
        assertThat(changes.get(0).differencePoints()).isCloseTo(6.0, within(1e-12));
        assertThat(changes.get(0).test().seDifference()).isCloseTo(0.05, within(1e-15));
        assertThat(changes.get(0).seDifferencePoints()).isCloseTo(5.0, within(1e-12));
        // one test: its q-value is its p-value
        assertThat(changes.get(0).qValue()).isEqualTo(changes.get(0).test().pValue());
        assertThat(changes.get(1).differencePoints()).isNull();
        assertThat(changes.get(1).tested()).isFalse();

        CellChange same = CellComparison.compare(old, neu, publishable, publishable, ComparisonKind.SAME_RESPONDENTS)
                .get(0);
        assertThat(same.test()).isNull();
        assertThat(same.differencePoints()).isCloseTo(6.0, within(1e-12));
        assertThat(same.note()).isEqualTo(ComparisonKind.SAME_RESPONDENTS_NOTE);
        assertThat(same.tested()).isFalse();
    }

    @Test
    void weightRatiosAndFrameDifferences() {
        StratumChange both = new StratumChange(List.of("01", "2-19"), new StratumRow(List.of("01", "2-19"), 100.0, 10,
                10.0), new StratumRow(List.of("01", "2-19"), 120.0, 10, 12.0));
        StratumChange same = new StratumChange(List.of("02", "2-19"), new StratumRow(List.of("02", "2-19"), 50.0, 5,
                10.0), new StratumRow(List.of("02", "2-19"), 50.0, 5, 9.0));
        StratumChange onlyOld = new StratumChange(List.of("03", "2-19"), new StratumRow(List.of("03", "2-19"), 40.0,
                4, 10.0), null);
        assertThat(both.weightRatio()).isCloseTo(1.2, within(1e-12));
        assertThat(both.populationDifference()).isEqualTo(20.0);
        assertThat(both.frameChanged()).isTrue();
        assertThat(same.frameChanged()).isFalse();
        assertThat(onlyOld.frameChanged()).isTrue();
        assertThat(onlyOld.status()).isEqualTo("only in old");
        assertThat(onlyOld.weightRatio()).isNull();
        WeightChangeSummary summary = WeightChangeSummary.of(List.of(both, same, onlyOld));
        assertThat(summary.strata()).isEqualTo(2);
        assertThat(summary.minRatio()).isCloseTo(0.9, within(1e-12));
        assertThat(summary.maxRatio()).isCloseTo(1.2, within(1e-12));
        assertThat(summary.medianRatio()).isCloseTo(1.05, within(1e-12));
        assertThat(summary.changedMoreThan1Pct()).isEqualTo(2);
    }

    @Test
    void defaultOutputIsBesideNew() {
        assertThat(Compare.defaultOutput(Path.of("out/wave-2024.duckdb")))
                .isEqualTo(Path.of("out/wave-2024.changes.duckdb"));
        assertThat(Compare.defaultOutput(Path.of("result"))).isEqualTo(Path.of("result.changes.duckdb"));
    }
}
