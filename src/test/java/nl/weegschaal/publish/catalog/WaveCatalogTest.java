package nl.weegschaal.publish.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wave catalog on small result files: registration, views, re-registration, removal, the changes hook. */
class WaveCatalogTest {
    static final WaveInfo W2024 = new WaveInfo("wave-2024", "WGO 2024", LocalDate.of(2024, 9, 16), LocalDate.of(2024, 11, 22));
    static final WaveInfo W2025 = new WaveInfo("wave-2025", "WGO 2025", LocalDate.of(2025, 9, 15), LocalDate.of(2025, 11, 21));

    @TempDir
    Path dir;
    Path file;
    Path r2024;
    Path r2025;
    WaveCatalog catalog;

    @BeforeEach
    void twoResults() throws Exception {
        file = dir.resolve("waves.duckdb");
        r2024 = FakeResult.write(dir.resolve("wave-2024.duckdb"), "wave-2024", 0.14);
        r2025 = FakeResult.write(dir.resolve("wave-2025.duckdb"), "wave-2025", 0.18);
        catalog = new WaveCatalog(file, ChangeSource.NONE, Duration.ofSeconds(5));
    }

    @Test
    void twoWavesAreInEveryViewWithTheirWaveAndFieldwork() throws Exception {
        catalog.register(W2025, r2025); // registered out of order: the catalog orders by fieldwork
        catalog.register(W2024, r2024);
        for (String view : List.of("estimates", "weights", "strata", "runs")) {
            assertThat(DuckDb.query(file, "SELECT wave, fieldwork_from, fieldwork_to, count(*) AS n FROM " + view
                    + " GROUP BY ALL ORDER BY wave")).as(view).extracting(r -> r.get("wave") + " " + r.get("fieldwork_from")
                    + " " + r.get("fieldwork_to")).containsExactly("wave-2024 2024-09-16 2024-11-22",
                    "wave-2025 2025-09-15 2025-11-21");
        }
        assertThat(DuckDb.query(file, "SELECT * FROM estimates LIMIT 1").get(0).keySet()).as("the wave's columns first")
                .startsWith("wave", "fieldwork_from", "fieldwork_to", "variable");
        assertThat(DuckDb.query(file, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                + "ORDER BY 1")).extracting(r -> r.get("table_name")).as("codebook and breakdowns: in no result")
                .containsExactly("changes", "estimates", "runs", "strata", "waves", "weights");
        assertThat(DuckDb.query(file, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'wave-2024'"
                + " ORDER BY 1")).extracting(r -> r.get("table_name")).as("responses is not copied")
                .containsExactly("estimates", "runs", "strata", "weights");
        Map<String, Object> row = DuckDb.query(file, "SELECT * FROM waves WHERE wave = 'wave-2024'").get(0);
        assertThat(row).containsEntry("survey", "WGO 2024").containsEntry("result_file", r2024.toString())
                .containsEntry("result_bytes", Files.size(r2024)).containsEntry("run_id", "run-wave-2024")
                .containsEntry("method", "stratified").containsEntry("schema_name", "wave-2024");
        assertThat((String) row.get("result_sha256")).hasSize(64);
        assertThat(catalog.list()).extracting(w -> w.wave().wave() + " " + w.respondents() + " " + w.result())
                .containsExactly("wave-2024 2306 UNCHANGED", "wave-2025 2306 UNCHANGED");
    }

    @Test
    void wavesWhoseTablesDifferInColumnsStillStackByName() throws Exception {
        Files.delete(r2025);
        FakeResult.write(r2025, "wave-2025", 0.18, ", label VARCHAR");
        catalog.register(W2024, r2024);
        catalog.register(W2025, r2025);
        assertThat(DuckDb.query(file, "SELECT wave, label FROM estimates WHERE domain_value = 'total' ORDER BY wave"))
                .extracting(r -> r.get("wave") + "=" + r.get("label")).containsExactly("wave-2024=null", "wave-2025=x");
        assertThat(DuckDb.query(file, "SELECT wave FROM runs ORDER BY wave")).as("runs' own wave column gives way")
                .extracting(r -> r.get("wave")).containsExactly("wave-2024", "wave-2025");
    }

    @Test
    void aWaveRegisteredAgainReplacesItsRowsAndItsTables() throws Exception {
        catalog.register(W2024, r2024);
        catalog.register(W2025, r2025);
        Files.delete(r2024);
        FakeResult.write(r2024, "wave-2024", 0.16);
        catalog.register(W2024, r2024);
        assertThat(DuckDb.single(file, "SELECT count(*) FROM waves")).isEqualTo(2L);
        assertThat(DuckDb.query(file, "SELECT wave, estimate FROM estimates WHERE domain_value = 'total' ORDER BY wave"))
                .extracting(r -> r.get("wave") + "=" + r.get("estimate")).containsExactly("wave-2024=0.16", "wave-2025=0.18");
        assertThat(DuckDb.single(file, "SELECT estimate FROM \"wave-2024\".estimates WHERE domain_value = 'total'"))
                .isEqualTo(0.16);
        assertThat(DuckDb.single(file, "SELECT result_bytes FROM waves WHERE wave = 'wave-2024'"))
                .isEqualTo(Files.size(r2024));
    }

    @Test
    void removeDropsTheWaveItsSchemaAndItsRowAndLeavesItsResultFile() throws Exception {
        catalog.register(W2024, r2024);
        catalog.register(W2025, r2025);
        CatalogWave removed = catalog.remove("wave-2024");
        assertThat(removed.wave()).isEqualTo("wave-2024");
        assertThat(DuckDb.query(file, "SELECT DISTINCT wave FROM estimates")).extracting(r -> r.get("wave"))
                .containsExactly("wave-2025");
        assertThat(DuckDb.single(file, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'wave-2024'"))
                .isEqualTo(0L);
        assertThat(r2024).exists();
        catalog.remove("wave-2025");
        assertThat(DuckDb.query(file, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                + "ORDER BY 1")).extracting(r -> r.get("table_name")).containsExactly("changes", "waves");
    }

    @Test
    void removingAnUnknownWaveIsAnErrorNamingTheWavesThere() throws Exception {
        catalog.register(W2024, r2024);
        catalog.register(W2025, r2025);
        assertThatThrownBy(() -> catalog.remove("wave-2023")).isInstanceOf(CatalogException.class)
                .hasMessageContaining("there is no wave wave-2023 in the wave catalog " + file)
                .hasMessageContaining("it has wave-2024, wave-2025");
        assertThat(DuckDb.single(file, "SELECT count(*) FROM waves")).isEqualTo(2L);
        assertThatThrownBy(() -> new WaveCatalog(dir.resolve("none/waves.duckdb"), ChangeSource.NONE,
                Duration.ofSeconds(1)).remove("wave-2024")).hasMessageContaining("there is no wave catalog");
    }

    @Test
    void listReportsAMissingAMovedAndAChangedResultFile() throws Exception {
        Path r2023 = FakeResult.write(dir.resolve("wave-2023.duckdb"), "wave-2023", 0.12);
        Path r2022 = FakeResult.write(dir.resolve("wave-2022.duckdb"), "wave-2022", 0.11);
        for (Path result : List.of(r2022, r2023, r2024, r2025)) {
            String wave = result.getFileName().toString().replace(".duckdb", "");
            catalog.register(new WaveInfo(wave, "WGO", null, null), result);
        }
        Files.delete(r2022);
        Files.move(r2023, dir.resolve("elsewhere.duckdb"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + r2024); Statement s = c.createStatement()) {
            s.execute("UPDATE estimates SET estimate = 0.5 WHERE domain_value = 'total'");
            s.execute("CHECKPOINT");
        }
        assertThat(catalog.list()).extracting(w -> w.wave().wave() + " " + w.result()).containsExactly(
                "wave-2022 MISSING", "wave-2023 MISSING", "wave-2024 CHANGED", "wave-2025 UNCHANGED");
        assertThat(DuckDb.single(file, "SELECT count(*) FROM estimates WHERE wave = 'wave-2022'"))
                .as("the catalog answers from its copy").isEqualTo(3L);
    }

    @Test
    void theChangesOfThePairsOfConsecutiveWavesAreComputedAgainWhenAWaveComesBetweenOrGoes() throws Exception {
        List<String> asked = new ArrayList<>();
        ChangeSource recording = (from, to, connection) -> {
            asked.add(from.wave() + ">" + to.wave());
            return List.of(new Change(from.wave(), to.wave(), "banen_erbij", "ja", "total", "total", 0.1, 0.2, 0.1,
                    0.02, 0.06, 0.14, 0.001, true, null, "independent waves", null));
        };
        WaveCatalog withChanges = new WaveCatalog(file, recording, Duration.ofSeconds(5));
        Path r2023 = FakeResult.write(dir.resolve("wave-2023.duckdb"), "wave-2023", 0.12);
        withChanges.register(W2024, r2024);
        withChanges.register(W2025, r2025);
        withChanges.register(new WaveInfo("wave-2023", "WGO", LocalDate.of(2023, 9, 1), null), r2023);
        assertThat(asked).containsExactly("wave-2024>wave-2025", "wave-2023>wave-2024");
        asked.clear();
        withChanges.register(W2024, r2024); // again: both its pairs are computed again
        assertThat(asked).containsExactlyInAnyOrder("wave-2023>wave-2024", "wave-2024>wave-2025");
        asked.clear();
        withChanges.remove("wave-2024");
        assertThat(asked).containsExactly("wave-2023>wave-2025");
        assertThat(DuckDb.query(file, "SELECT wave_from, wave_to, significant, n_both, comparison FROM changes"))
                .extracting(r -> r.get("wave_from") + ">" + r.get("wave_to") + " " + r.get("significant") + " "
                        + r.get("n_both") + " " + r.get("comparison"))
                .containsExactly("wave-2023>wave-2025 true null independent waves");
    }

    @Test
    void aWaveNamedAfterAReservedSchemaGetsASchemaOfItsOwn() throws Exception {
        catalog.register(new WaveInfo("main", "WGO", null, null), r2024);
        assertThat(DuckDb.single(file, "SELECT schema_name FROM waves")).isEqualTo("wave_main");
        assertThat(DuckDb.single(file, "SELECT count(*) FROM waves")).as("main's own tables are intact").isEqualTo(1L);
    }
}
