package nl.weegschaal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.testing.StoreFixture;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The design the weights step stores: the respondents per stratum it is formed from. */
class DesignTablesTest {
    @TempDir
    Path dir;

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
}
