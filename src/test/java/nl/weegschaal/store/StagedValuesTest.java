package nl.weegschaal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditions on the coded columns of the responses view, per export. */
class StagedValuesTest {
    @TempDir
    Path dir;

    @Test
    void aValueNoExportHasIsHeldByNoRecordAndStillMakesValidSql() throws Exception {
        WaveSpec spec = SpecLoader.load(Path.of("jobs/wave-2024.yml"));
        String field = spec.fields().stream().filter(f -> !spec.strataColumns().contains(f)).findFirst().orElseThrow();
        try (RunStore store = RunStore.open(dir.resolve("work.duckdb"))) {
            store.createIngestTables(spec.fields());
            int f = spec.fields().indexOf(field);
            store.execute("INSERT INTO staged_values VALUES (0, " + f + ", 0, 'ja'), (1, " + f + ", 0, 'nee'), (1, "
                    + f + ", 1, 'ja')");
            store.execute("CREATE TABLE r AS SELECT 0 AS input_order, 0 AS " + RunStore.quote(field)
                    + " UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1");
            StagedValues values = StagedValues.read(store, spec);
            assertThat(values.holdsSql(field, "weet_niet")).isEqualTo("false");
            assertThat(store.count("SELECT count(*) FROM r WHERE " + values.holdsSql(field, "weet_niet"))).isZero();
            assertThat(store.count("SELECT count(*) FROM r WHERE " + values.holdsSql(field, "ja")))
                    .as("code 0 in the first export, 1 in the second").isEqualTo(2);
            assertThat(store.count("SELECT count(*) FROM r WHERE " + values.holdsSql(field, "nee"))).isEqualTo(1);
        }
    }
}
