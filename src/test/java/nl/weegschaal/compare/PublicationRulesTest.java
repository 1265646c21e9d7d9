package nl.weegschaal.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weegschaal.estimation.Reliability;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import org.junit.jupiter.api.Test;

/** Which cells compare takes as publishable, and what it says of the others. */
class PublicationRulesTest {
    static final CellKey TOTAL = new CellKey("v", "ja", "total", "total");
    static final CellKey SMALL = new CellKey("v", "ja", "size_class", "2-19");
    static final CellKey MIDDLE = new CellKey("v", "ja", "size_class", "20-99");
    static final CellKey LARGE = new CellKey("v", "ja", "size_class", "100+");
    static final CellKey WIDE = new CellKey("v", "ja", "size_class", "500+");

    static ResultFile result(Map<CellKey, Cell> cells, Map<CellKey, String> reliability) {
        return new ResultFile(Path.of("r.duckdb"), cells, reliability, List.of(), List.of(), Set.of(), null, null);
    }

    @Test
    void withoutAReliabilityColumnTheWorkbooksSuppressionRuleApplies() {
        Map<CellKey, Cell> cells = new LinkedHashMap<>();
        cells.put(TOTAL, new Cell(0.30, 0.02, 400L));
        cells.put(SMALL, new Cell(0.05, 0.03, 9L));     // fewer than 10: primary
        cells.put(MIDDLE, new Cell(0.30, 0.03, 200L));  // margin 5.9 points: publishable
        cells.put(LARGE, new Cell(0.40, 0.04, 150L));   // the smallest other row: secondary
        cells.put(WIDE, new Cell(0.50, 0.0515, 300L));  // wide, but the width rules need the stored intervals
        Map<CellKey, Publishability> r = PublicationRules.of(result(cells, Map.of()));
        assertThat(r.get(TOTAL)).isEqualTo(Publishability.PUBLISHABLE);
        assertThat(r.get(MIDDLE)).isEqualTo(Publishability.PUBLISHABLE);
        assertThat(r.get(SMALL).status()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(r.get(SMALL).reason()).isEqualTo("fewer than 10 respondents, n = 9");
        assertThat(r.get(LARGE).status()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(r.get(LARGE).reason()).contains("cannot be recomputed");
        assertThat(r.get(WIDE)).isEqualTo(Publishability.PUBLISHABLE);
        assertThat(PublicationRules.describe(result(cells, Map.of()))).contains("below 10 respondents")
                .contains("made before reliability was stored");
    }

    @Test
    void aMarginOfExactlyTenPointsAsShownIsPublishable() {
        Map<CellKey, Cell> cells = new LinkedHashMap<>();
        cells.put(TOTAL, new Cell(0.5, 0.051, 100L)); // 1.96 x 0.051 = 0.09996: shown as 10.0
        assertThat(PublicationRules.of(result(cells, Map.of())).get(TOTAL)).isEqualTo(Publishability.PUBLISHABLE);
    }

    @Test
    void aStoredReliabilityColumnIsTakenAtItsWord() {
        Map<CellKey, Cell> cells = new LinkedHashMap<>();
        cells.put(TOTAL, new Cell(0.30, 0.02, 400L));
        cells.put(SMALL, new Cell(0.05, 0.03, 9L));
        cells.put(MIDDLE, new Cell(0.30, 0.03, 200L));
        Map<CellKey, String> stored = Map.of(TOTAL, "indicative", SMALL, "publishable", MIDDLE, "unsure");
        ResultFile result = result(cells, stored);
        Map<CellKey, Publishability> r = PublicationRules.of(result);
        assertThat(r.get(TOTAL).status()).isEqualTo(Reliability.INDICATIVE);
        assertThat(r.get(SMALL)).isEqualTo(Publishability.PUBLISHABLE);
        assertThat(r.get(MIDDLE).status()).isEqualTo(Reliability.SUPPRESSED);
        assertThat(r.get(MIDDLE).reason()).contains("unknown reliability 'unsure'");
        assertThat(PublicationRules.describe(result)).isEqualTo("the result's reliability column");
    }

    @Test
    void aCellNotPublishableInOneRunIsNotTestedAndTheNoteSaysWhy() {
        Publishability small = new Publishability(Reliability.SUPPRESSED, "fewer than 10 respondents, n = 9");
        Cell cell = new Cell(0.3, 0.03, 100L);
        CellChange inNew = CellComparison.change(TOTAL, cell, cell, Publishability.PUBLISHABLE, small,
                ComparisonKind.INDEPENDENT);
        assertThat(inNew.test()).isNull();
        assertThat(inNew.tested()).isFalse();
        assertThat(inNew.note()).isEqualTo("not tested: not publishable in new, suppressed (fewer than 10 "
                + "respondents, n = 9)");
        CellChange inBoth = CellComparison.change(TOTAL, cell, cell, small, small, ComparisonKind.INDEPENDENT);
        assertThat(inBoth.note()).contains("in old, suppressed").contains("nor in new, suppressed");
        // the tests are counted over the publishable cells only
        List<CellChange> changes = CellComparison.compare(Map.of(TOTAL, cell, SMALL, new Cell(0.1, 0.01, 9L)),
                Map.of(TOTAL, new Cell(0.4, 0.03, 100L), SMALL, new Cell(0.9, 0.01, 9L)),
                Map.of(TOTAL, Publishability.PUBLISHABLE, SMALL, small), Map.of(TOTAL, Publishability.PUBLISHABLE,
                        SMALL, small), ComparisonKind.INDEPENDENT);
        assertThat(changes).filteredOn(CellChange::tested).extracting(CellChange::key).containsExactly(TOTAL);
    }
}
