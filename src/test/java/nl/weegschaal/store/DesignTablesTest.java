package nl.weegschaal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.testing.StoreFixture;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weights the weights step stores: every respondent's, in the order read, written by the result only. */
class DesignTablesTest {
    @TempDir
    Path dir;

    @Test
    void weightsAreEveryRespondentsStratumWeightInTheOrderRead() throws Exception {
        try (RunStore store = weighted().store()) {
            assertThat(store.rows("SELECT id, s, weight, design_weight, g_weight FROM weights"))
                    .extracting(r -> String.join(" ", r))
                    .containsExactly("1 B 20.0 20.0 1.0", "2 A 10.0 10.0 1.0", "3 A 10.0 10.0 1.0",
                            "4 B 20.0 20.0 1.0", "5 A 10.0 10.0 1.0");
        }
    }

    @Test
    void weightsReplaceTheWeightsTableOfAWorkStoreAnEarlierVersionLeft() throws Exception {
        StoreFixture.Weighted weighted = weighted();
        try (RunStore store = weighted.store()) {
            // an earlier version kept the weights as a table; a restart by this one replaces it by the view
            store.execute("DROP VIEW weights");
            store.execute("CREATE TABLE weights AS SELECT 1 AS stale");
            new DesignTables(store, weighted.spec()).writeWeights(false);
            assertThat(store.strings("SELECT table_type FROM information_schema.tables WHERE table_name = 'weights'"))
                    .containsExactly("VIEW");
            assertThat(store.count("SELECT count(*) FROM weights WHERE weight > 0")).isEqualTo(5);
        }
    }

    @Test
    void theExampleOfAStratumIsItsFirstLineInTextOrderCountedOverEveryRespondent() throws Exception {
        // stratum A on lines 2 and 9..12 (text order: "line 10" < "line 11" < "line 12" < "line 2" < "line 9"),
        // stratum B on lines 3..8
        StringBuilder csv = new StringBuilder("id,s,q\n1,A,x\n");
        for (int id = 2; id <= 11; id++) {
            csv.append(id).append(id <= 7 ? ",B" : ",A").append(",x\n");
        }
        Files.writeString(dir.resolve("r.csv"), csv);
        Files.writeString(dir.resolve("f.csv"), "s,N\nA,30\nB,40\n");
        StoreFixture.Weighted weighted = StoreFixture.weigh(dir, dir.resolve("r.csv"), dir.resolve("f.csv"),
                List.of("s"), WeightingMethod.STRATIFIED);
        try (RunStore store = weighted.store()) {
            DesignTables.Counts counts = new DesignTables(store, weighted.spec()).respondentsPerStratum();
            assertThat(counts.respondents().values()).containsExactly(5L, 6L);
            assertThat(counts.example().values()).containsExactly("r.csv line 10", "r.csv line 3");
        }
    }

    /** Strata A (3 respondents, N 30) and B (2 respondents, N 40), read in the order B A A B A. */
    private StoreFixture.Weighted weighted() throws Exception {
        Files.writeString(dir.resolve("r.csv"), "id,s,q\n1,B,x\n2,A,x\n3,A,y\n4,B,x\n5,A,\n");
        Files.writeString(dir.resolve("f.csv"), "s,N\nA,30\nB,40\n");
        return StoreFixture.weigh(dir, dir.resolve("r.csv"), dir.resolve("f.csv"), List.of("s"),
                WeightingMethod.STRATIFIED);
    }
}
