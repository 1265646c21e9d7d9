package nl.weegschaal.publish.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.weegschaal.testing.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog against other processes and other files: a catalog held by another process is waited for, within
 * a bound, then refused naming it; a process killed in the middle of a registration leaves the catalog as it
 * was and the next registration succeeds; a file that is not a catalog is refused and left as it was.
 */
class CatalogRobustnessTest {
    static final Duration CHILD_BOUND = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void aCatalogHeldByAnotherProcessIsWaitedForThenRefusedNamingItAndThatProcess() throws Exception {
        Path file = dir.resolve("waves.duckdb");
        Path r2024 = FakeResult.write(dir.resolve("wave-2024.duckdb"), "wave-2024", 0.14);
        new WaveCatalog(file, ChangeSource.NONE, Duration.ofSeconds(5)).register(WaveCatalogTest.W2024, r2024);
        Path log = dir.resolve("holder.log");
        Process holder = CatalogChild.start(log, "hold", file.toString(), "60000");
        try {
            assertThat(CatalogChild.awaitLine(holder, log, "holding", CHILD_BOUND)).as(Files.readString(log)).isTrue();
            long start = System.nanoTime();
            WaveCatalog waiting = new WaveCatalog(file, ChangeSource.NONE, Duration.ofSeconds(2));
            assertThatThrownBy(() -> waiting.register(WaveCatalogTest.W2025,
                    FakeResult.write(dir.resolve("wave-2025.duckdb"), "wave-2025", 0.18)))
                    .isInstanceOf(CatalogException.class)
                    .hasMessageContaining("the wave catalog " + file + " is in use: another process holds it")
                    .hasMessageContaining("(PID " + holder.pid() + ")").hasMessageContaining("after waiting 2 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("it waited its bound")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(2)).isLessThan(Duration.ofSeconds(30));
            assertThatThrownBy(waiting::list).hasMessageContaining("another process holds it");
        } finally {
            holder.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(DuckDb.single(file, "SELECT count(*) FROM waves")).isEqualTo(1L);
    }

    @Test
    void aRegistrationWaitsForAnotherProcessThatLetsGoWithinTheBound() throws Exception {
        Path file = dir.resolve("waves.duckdb");
        Path r2024 = FakeResult.write(dir.resolve("wave-2024.duckdb"), "wave-2024", 0.14);
        Path log = dir.resolve("holder.log");
        Process holder = CatalogChild.start(log, "hold", file.toString(), "1500");
        try {
            assertThat(CatalogChild.awaitLine(holder, log, "holding", CHILD_BOUND)).as(Files.readString(log)).isTrue();
            new WaveCatalog(file, ChangeSource.NONE, Duration.ofSeconds(60)).register(WaveCatalogTest.W2024, r2024);
        } finally {
            holder.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(DuckDb.single(file, "SELECT count(*) FROM waves")).isEqualTo(1L);
    }

    /** The child halts when the changes are computed: the catalog has a wave before the one it registers. */
    @Test
    void aRegistrationKilledInItsTransactionLeavesTheCatalogAsItWasAndTheNextOneRegisters() throws Exception {
        Path file = dir.resolve("waves.duckdb");
        Path r2024 = FakeResult.write(dir.resolve("wave-2024.duckdb"), "wave-2024", 0.14);
        Path r2025 = FakeResult.write(dir.resolve("wave-2025.duckdb"), "wave-2025", 0.18);
        WaveCatalog catalog = new WaveCatalog(file, ChangeSource.NONE, Duration.ofSeconds(5));
        catalog.register(new WaveInfo("wave-2023", "WGO", java.time.LocalDate.of(2023, 9, 1), null),
                FakeResult.write(dir.resolve("wave-2023.duckdb"), "wave-2023", 0.12));
        catalog.register(WaveCatalogTest.W2024, r2024);
        List<String> before = contents(file);

        Path log = dir.resolve("killed.log");
        Process killed = CatalogChild.start(log, "die", file.toString(), r2024.toString(), "wave-2024");
        assertThat(killed.waitFor(CHILD_BOUND.toSeconds(), TimeUnit.SECONDS)).as("the child ends").isTrue();
        assertThat(Files.readString(log)).contains("halting").doesNotContain("registered, not halted");
        assertThat(killed.exitValue()).isEqualTo(137);
        assertThat(contents(file)).as("the first registration, untouched").isEqualTo(before);

        Process killedNew = CatalogChild.start(log, "die", file.toString(), r2025.toString(), "wave-2025");
        assertThat(killedNew.waitFor(CHILD_BOUND.toSeconds(), TimeUnit.SECONDS)).as("the child ends").isTrue();
        assertThat(contents(file)).as("no trace of the wave killed in its registration").isEqualTo(before);

        catalog.register(WaveCatalogTest.W2025, r2025);
        assertThat(DuckDb.query(file, "SELECT DISTINCT wave FROM estimates ORDER BY 1")).extracting(r -> r.get("wave"))
                .containsExactly("wave-2023", "wave-2024", "wave-2025");
    }

    @Test
    void aFileThatIsNotADuckDbDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("waves.duckdb"), "wave;estimate\nwave-2024;0.14\n");
        Path r2024 = FakeResult.write(dir.resolve("wave-2024.duckdb"), "wave-2024", 0.14);
        WaveCatalog catalog = new WaveCatalog(file, ChangeSource.NONE, Duration.ofSeconds(1));
        assertThatThrownBy(() -> catalog.register(WaveCatalogTest.W2024, r2024)).isInstanceOf(CatalogException.class)
                .hasMessage(file + " is not a wave catalog (not a DuckDB database); it was left as it was: move it "
                        + "away, or write the results to another output folder (spec key output.dir)");
        assertThatThrownBy(catalog::list).hasMessageContaining(file + " is not a wave catalog");
        assertThat(file).hasContent("wave;estimate\nwave-2024;0.14");
        Files.writeString(file, "");
        assertThatThrownBy(() -> catalog.register(WaveCatalogTest.W2024, r2024)).isInstanceOf(CatalogException.class);
        assertThat(file).isEmptyFile();
    }

    @Test
    void aDuckDbFileWithOtherTablesAndNoWavesTableIsRefusedAndLeftAsItWas() throws Exception {
        Path file = FakeResult.write(dir.resolve("waves.duckdb"), "not-a-catalog", 0.5);
        List<String> before = contents(file);
        Path r2024 = FakeResult.write(dir.resolve("wave-2024.duckdb"), "wave-2024", 0.14);
        WaveCatalog catalog = new WaveCatalog(file, ChangeSource.NONE, Duration.ofSeconds(1));
        assertThatThrownBy(() -> catalog.register(WaveCatalogTest.W2024, r2024)).isInstanceOf(CatalogException.class)
                .hasMessageContaining(file + " is a DuckDB database but not a wave catalog (it has estimates, "
                        + "responses, runs, strata, weights and no waves table); it was left as it was");
        assertThat(contents(file)).isEqualTo(before);
    }

    @Test
    void aResultThatIsTheCatalogItselfIsRefused() throws Exception {
        Path file = dir.resolve("waves.duckdb");
        WaveCatalog catalog = new WaveCatalog(file, ChangeSource.NONE, Duration.ofSeconds(1));
        assertThatThrownBy(() -> catalog.register(WaveCatalogTest.W2024, file)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("is the wave catalog " + file + " itself");
    }

    /** Every table, view and schema of {@code file} with its rows, for a before-and-after comparison. */
    static List<String> contents(Path file) throws Exception {
        List<String> all = new java.util.ArrayList<>();
        for (var t : DuckDb.query(file, "SELECT schema_name, table_name FROM duckdb_tables() UNION ALL "
                + "SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1, 2")) {
            String name = "\"" + t.get("schema_name") + "\".\"" + t.get("table_name") + "\"";
            all.add(name + " " + DuckDb.query(file, "SELECT * FROM " + name).stream()
                    .map(r -> r.toString()).sorted().toList());
        }
        all.add(DuckDb.query(file, "SELECT schema_name FROM duckdb_schemas() ORDER BY 1").toString());
        return all;
    }
}
