package nl.weegschaal.publish.catalog;

import static nl.weegschaal.store.RunStore.literal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.weegschaal.FileIdentity;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.store.RunStore;
import org.jspecify.annotations.Nullable;

/**
 * The wave catalog of an output folder, {@code <output>/waves.duckdb} (CATALOG.md): every completed wave run
 * registers its wave here, with copies of its result's tables, views over all waves and the changes between
 * consecutive waves. A registration or removal is one DuckDB transaction, so that a process killed in it
 * leaves the catalog as it was (DuckDB's write-ahead log keeps only what was committed).
 */
public final class WaveCatalog {
    /** The catalog's file name in an output folder. */
    public static final String FILE_NAME = "waves.duckdb";
    /** How long a registration or removal waits for another process that holds the catalog. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final Path file;
    private final ChangesTable changes;
    private final Duration wait;

    /**
     * The catalog {@code file}; {@code changes} computes the changes between consecutive waves, {@code wait}
     * bounds the wait for another process writing it.
     */
    public WaveCatalog(Path file, ChangeSource changes, Duration wait) {
        this.file = file.toAbsolutePath().normalize();
        this.changes = new ChangesTable(changes);
        this.wait = wait;
    }

    /** The catalog file of the output folder {@code outputDir}. */
    public static Path fileIn(Path outputDir) {
        return outputDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /**
     * Registers {@code info}'s wave with the result file {@code result}, replacing an earlier registration of
     * the same wave; creates the catalog when it is not there. Returns the wave's row.
     */
    public CatalogWave register(WaveInfo info, Path result) {
        Path source = result.toAbsolutePath().normalize();
        if (FileIdentity.sameFile(source, file)) {
            throw new CatalogException("the result of " + info.wave() + " is the wave catalog " + file
                    + " itself; give the wave another name (spec key wave)");
        }
        // the checksum (a read of the whole result) is taken while DuckDB copies the result's tables
        CompletableFuture<InputFile> checksum = CompletableFuture.supplyAsync(() -> InputFile.describe("result", source));
        return write(info.wave(), source, (connection, before) -> {
            Optional<CatalogWave> earlier = find(before, info.wave());
            String schema = schemaFor(info.wave(), before);
            WaveCopies.copy(connection, earlier.map(CatalogWave::schemaName).orElse(null), schema);
            String[] run = WaveCopies.runIdAndMethod(connection, schema);
            InputFile described = InputFile.joined(checksum);
            CatalogWave row = new CatalogWave(info.wave(), info.survey(), info.fieldworkFrom(), info.fieldworkTo(),
                    source, described.bytes(), described.sha256(), run[0], run[1],
                    LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS), schema);
            WavesTable.put(connection, row);
            return row;
        });
    }

    /** Removes {@code wave}: its schema, its row and the changes touching it. Returns its row as it was. */
    public CatalogWave remove(String wave) {
        if (!Files.exists(file)) {
            throw new CatalogException("there is no wave catalog " + file + ", so no wave " + wave + " to remove");
        }
        return write(wave, null, (connection, before) -> {
            CatalogWave row = find(before, wave).orElseThrow(() -> new CatalogException("there is no wave " + wave
                    + " in the wave catalog " + file + "; " + (before.isEmpty() ? "it has none"
                    : "it has " + String.join(", ", before.stream().map(CatalogWave::wave).toList()))));
            try (Statement s = connection.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + RunStore.quote(row.schemaName()) + " CASCADE");
            }
            WavesTable.delete(connection, wave);
            return row;
        });
    }

    /** The registered waves in the catalog's order, each with what became of its result file. */
    public List<ListedWave> list() {
        return read(connection -> {
            List<ListedWave> listed = new ArrayList<>();
            for (CatalogWave wave : WavesTable.all(connection)) {
                listed.add(new ListedWave(wave, WaveCopies.respondents(connection, wave.schemaName()),
                        ListedWave.ResultState.of(wave)));
            }
            return listed;
        });
    }

    /** Whether {@code wave} is registered; false when there is no catalog yet. */
    public boolean contains(String wave) {
        return Files.exists(file) && read(connection -> find(WavesTable.all(connection), wave).isPresent());
    }

    /** A question to the catalog, asked on a read-only connection. */
    @FunctionalInterface
    private interface Query<T> {
        T ask(Connection connection) throws SQLException;
    }

    private <T> T read(Query<T> query) {
        try (CatalogConnection catalog = CatalogConnection.forReading(file, wait)) {
            Connection connection = catalog.connection();
            CatalogTables.check(connection, file, CatalogTables.mainTables(connection));
            return query.ask(connection);
        } catch (SQLException e) {
            throw new CatalogException("cannot read the wave catalog " + file + ": " + e.getMessage(), e);
        }
    }

    /** Work on the catalog inside its transaction, given the waves before it. */
    @FunctionalInterface
    private interface Work {
        CatalogWave apply(Connection connection, List<CatalogWave> before) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction that also rebuilds the views and the changes touching {@code wave},
     * with {@code source} attached (read only) when given: committed whole, or rolled back whole.
     */
    private CatalogWave write(String wave, @Nullable Path source, Work work) {
        try (CatalogConnection catalog = CatalogConnection.forWriting(file, wait)) {
            Connection connection = catalog.connection();
            if (source != null) {
                execute(connection, "ATTACH " + literal(source.toString()) + " AS " + WaveCopies.SOURCE + " (READ_ONLY)");
            }
            try {
                return inTransaction(connection, wave, work);
            } finally {
                if (source != null) {
                    execute(connection, "DETACH " + WaveCopies.SOURCE); // DuckDB detaches outside a transaction only
                }
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot " + (source != null ? "register " + wave + " in" : "remove " + wave
                    + " from") + " the wave catalog " + file + ": " + e.getMessage() + "; it was left as it was", e);
        }
    }

    private CatalogWave inTransaction(Connection connection, String wave, Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            CatalogTables.prepare(connection, file);
            List<CatalogWave> before = WavesTable.all(connection);
            CatalogWave row = work.apply(connection, before);
            List<CatalogWave> after = WavesTable.all(connection);
            CatalogViews.rebuild(connection, after);
            changes.update(connection, before, after, wave);
            connection.commit();
            return row;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The schema for {@code wave}; refused when DuckDB, whose names ignore case, would take it for another wave's. */
    private String schemaFor(String wave, List<CatalogWave> registered) {
        String schema = WaveCopies.schemaName(wave);
        for (CatalogWave other : registered) {
            if (!other.wave().equals(wave) && other.schemaName().equalsIgnoreCase(schema)) {
                throw new CatalogException("the wave " + wave + " differs from the registered wave " + other.wave()
                        + " only in upper and lower case, which DuckDB's schema names do not tell apart; "
                        + "give it another name (spec key wave) or remove " + other.wave() + " from " + file);
            }
        }
        return schema;
    }

    private static Optional<CatalogWave> find(List<CatalogWave> waves, String wave) {
        return waves.stream().filter(w -> w.wave().equals(wave)).findFirst();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
