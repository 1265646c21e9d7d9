package nl.weegschaal.publish.xlsx;

import static nl.weegschaal.publish.xlsx.Suppression.Status.PRIMARY;
import static nl.weegschaal.publish.xlsx.Suppression.Status.SECONDARY;
import static nl.weegschaal.publish.xlsx.Suppression.Status.SHOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.weegschaal.publish.xlsx.Suppression.Outcome;
import nl.weegschaal.publish.xlsx.Suppression.Status;
import org.junit.jupiter.api.Test;

/** Primary and secondary suppression, without POI. */
class SuppressionTest {
    static final List<Long> SIZES = List.of(765L, 768L, 764L);

    @Test
    void nothingSmallHidesNothing() {
        Outcome outcome = Suppression.decide(2297, List.of(SIZES, List.of(89L, 192L, 164L)), 10);
        assertThat(outcome.total()).isEqualTo(SHOWN);
        assertThat(outcome.dimensions()).containsExactly(List.of(SHOWN, SHOWN, SHOWN), List.of(SHOWN, SHOWN, SHOWN));
        assertThat(outcome.recoverable()).isFalse();
    }

    @Test
    void oneSmallRowHidesTheNextSmallestToo() {
        Outcome outcome = Suppression.decide(243, List.of(List.of(35L, 71L, 137L), List.of(8L, 24L, 9L, 10L)), 9);
        assertThat(outcome.total()).isEqualTo(SHOWN);
        assertThat(outcome.dimensions().get(0)).containsExactly(SHOWN, SHOWN, SHOWN);
        assertThat(outcome.dimensions().get(1)).containsExactly(PRIMARY, SHOWN, SECONDARY, SHOWN);
        assertThat(outcome.recoverable()).isFalse();
    }

    @Test
    void twoSmallRowsNeedNoSecondary() {
        Outcome outcome = Suppression.decide(243, List.of(List.of(35L, 71L, 137L), List.of(8L, 24L, 9L, 10L)), 10);
        assertThat(outcome.dimensions().get(1)).containsExactly(PRIMARY, SHOWN, PRIMARY, SHOWN);
        assertThat(outcome.recoverable()).isFalse();
    }

    @Test
    void onTiesTheFirstSmallestIsHidden() {
        Outcome outcome = Suppression.decide(100, List.of(List.of(5L, 30L, 20L, 20L)), 10);
        assertThat(outcome.dimensions().get(0)).containsExactly(PRIMARY, SHOWN, SECONDARY, SHOWN);
    }

    @Test
    void eachDimensionIsProtectedOnItsOwn() {
        Outcome outcome = Suppression.decide(243, List.of(List.of(35L, 71L, 137L), List.of(8L, 24L, 30L)), 40);
        assertThat(outcome.dimensions().get(0)).containsExactly(PRIMARY, SECONDARY, SHOWN);
        assertThat(outcome.dimensions().get(1)).containsExactly(PRIMARY, PRIMARY, PRIMARY);
    }

    @Test
    void aHiddenTotalHidesEverything() {
        Outcome outcome = Suppression.decide(8, List.of(List.of(3L, 5L), List.of(8L)), 10);
        assertThat(outcome.total()).isEqualTo(PRIMARY);
        assertThat(outcome.dimensions().get(0)).containsExactly(PRIMARY, PRIMARY);
        assertThat(outcome.dimensions().get(1)).containsExactly(PRIMARY);
    }

    @Test
    void aDimensionWithNoOtherRowToHideHidesEverything() {
        Outcome outcome = Suppression.decide(50, List.of(List.of(50L, 0L), List.of(20L, 30L)), 10);
        assertThat(outcome.dimensions().get(0)).containsExactly(SECONDARY, PRIMARY);
        Outcome single = Suppression.decide(50, List.of(List.of(5L), List.of(20L, 30L)), 10);
        assertThat(single.total()).isEqualTo(SECONDARY);
        assertThat(single.dimensions().get(1)).containsExactly(SECONDARY, SECONDARY);
    }

    /**
     * Whatever the counts: in every dimension, the equation total = sum(share_d p_d) keeps zero or
     * at least two unknowns, so no hidden row can be recomputed from the total and the shown rows.
     */
    @Test
    void noHiddenRowIsEverRecoverable() {
        Random random = new Random(2024);
        for (int trial = 0; trial < 20_000; trial++) {
            int min = 1 + random.nextInt(60);
            List<List<Long>> dimensions = List.of(counts(random, 1 + random.nextInt(4)),
                    counts(random, 1 + random.nextInt(16)));
            long total = dimensions.get(0).stream().mapToLong(Long::longValue).sum();
            Outcome outcome = Suppression.decide(total, dimensions, min);
            for (int d = 0; d < dimensions.size(); d++) {
                List<Status> statuses = outcome.dimensions().get(d);
                long unknowns = statuses.stream().filter(Status::hidden).count();
                assertThat(outcome.total().hidden() || unknowns != 1).as("trial %d dimension %d: %s", trial, d,
                        statuses).isTrue();
                for (int i = 0; i < statuses.size(); i++) {
                    assertThat(dimensions.get(d).get(i) >= min || statuses.get(i).hidden()).isTrue();
                }
            }
            assertThat(outcome.recoverable()).isFalse();
        }
    }

    private static List<Long> counts(Random random, int rows) {
        return random.longs(rows, 0, 120).boxed().toList();
    }
}
