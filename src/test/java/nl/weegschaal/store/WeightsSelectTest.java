package nl.weegschaal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import nl.weegschaal.testing.StoreFixture;
import nl.weegschaal.weighting.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weights a result publishes: every respondent's, in the order read, its strata of their category type. */
class WeightsSelectTest {
    @TempDir
    Path dir;

    @Test
    void weightsAreEveryRespondentsStratumWeightInTheOrderRead() throws Exception {
        StoreFixture.Weighted weighted = weighted();
        try (RunStore store = weighted.store(); Statement s = store.connection().createStatement()) {
            String weights = new WeightsSelect(weighted.spec(), "", CategoryTypes.of(s, weighted.spec(), "")).sql();
            assertThat(store.rows("SELECT id, s, weight, design_weight, g_weight FROM (" + weights + ")"))
                    .extracting(r -> String.join(" ", r))
                    .containsExactly("1 B 20.0 20.0 1.0", "2 A 10.0 10.0 1.0", "3 A 10.0 10.0 1.0",
                            "4 B 20.0 20.0 1.0", "5 A 10.0 10.0 1.0");
        }
    }

    @Test
    void aStratumColumnIsOfItsCategoryTypeAsTheResultsOtherTablesHaveIt() throws Exception {
        StoreFixture.Weighted weighted = weighted();
        try (RunStore store = weighted.store(); Statement s = store.connection().createStatement()) {
            CategoryTypes types = CategoryTypes.of(s, weighted.spec(), "");
            String weights = new WeightsSelect(weighted.spec(), "", types).sql();
            assertThat(store.rows("SELECT DISTINCT typeof(s), typeof(id), typeof(record_number) FROM (" + weights + ")"))
                    .extracting(r -> String.join(" | ", r)).containsExactly("ENUM('A', 'B') | VARCHAR | BIGINT");
            assertThat(types.cast("s", "x")).isEqualTo("CAST(x AS ENUM('A', 'B'))");
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
