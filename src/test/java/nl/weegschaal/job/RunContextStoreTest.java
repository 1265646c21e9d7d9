package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's work store is one DuckDB database from a step's first open until it is released: a step's
 * store closes without a checkpoint (its changes stay in the write-ahead log, where the next step sees
 * them); a wave's release writes the checkpoint, so that what the steps made is in the file itself when
 * publish attaches it read-only (a store left only in its log lost committed rows on a full disk); weigh's,
 * never restarted, lives in memory until it is released, and publish writes the result file from it.
 */
class RunContextStoreTest {
    @TempDir
    Path dir;

    @Test
    void aStepsStoreClosesWithoutACheckpointAndTheReleaseWritesIt() throws Exception {
        RunContext run = new RunContext(SpecLoader.load(SampleProject.copyTo(dir)));
        Path wal = run.workFile().resolveSibling(run.workFile().getFileName() + ".wal");
        try (RunStore step = run.store(); Statement s = step.connection().createStatement()) {
            s.execute("CREATE TABLE made_by_a_step AS SELECT range AS i FROM range(10)");
        }
        assertThat(wal).as("no checkpoint when a step closes its store").exists();
        assertThat(Files.size(wal)).isPositive();
        try (RunStore next = run.store(); Statement s = next.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM made_by_a_step")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(10);
        }
        run.releaseStore();
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("the release writes the checkpoint").isTrue();
        try (Connection result = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("result.duckdb"));
             Statement s = result.createStatement()) {
            s.execute("ATTACH '" + run.workFile() + "' AS staging (READ_ONLY)");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM staging.made_by_a_step")) {
                r.next();
                assertThat(r.getLong(1)).as("publish attaches the released store and sees the steps' tables")
                        .isEqualTo(10);
            }
        }
        run.releaseStore(); // a second release does nothing
        try (RunStore restarted = run.store(); Statement s = restarted.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM made_by_a_step")) {
            r.next();
            assertThat(r.getLong(1)).as("a restart's open replays the log").isEqualTo(10);
        }
        run.releaseStore();
    }

    @Test
    void weighsStoreLivesInMemoryAndPublishWritesTheResultFromIt() throws Exception {
        RunContext run = new RunContext(TinyWeigh.spec(dir));
        try (RunStore step = run.store(); Statement s = step.connection().createStatement()) {
            s.execute("CREATE TABLE made_by_a_step AS SELECT range AS i FROM range(10)");
        }
        try (RunStore next = run.store(); Statement s = next.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM made_by_a_step")) {
            r.next();
            assertThat(r.getLong(1)).as("the next step sees the table").isEqualTo(10);
        }
        assertThat(run.workFile()).as("never restarted: nothing on disk").doesNotExist();
        try (RunStore step = run.store(); Statement s = step.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT current_setting('temp_directory')")) {
            r.next();
            assertThat(r.getString(1)).as("what does not fit in memory is spilled beside the result, not in the "
                    + "working folder").isEqualTo(run.workFile().toAbsolutePath() + ".tmp");
        }
        Path result = dir.resolve("result.duckdb");
        try (ResultConnection publish = ResultConnection.open(run, result);
             Statement s = publish.connection().createStatement()) {
            s.execute("CREATE TABLE copied AS SELECT * FROM staging.made_by_a_step");
        }
        try (RunStore after = run.store(); Statement s = after.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM made_by_a_step")) {
            r.next();
            assertThat(r.getLong(1)).as("publish wrote into the result, not into the store").isEqualTo(10);
        }
        try (Connection published = DriverManager.getConnection("jdbc:duckdb:" + result);
             Statement s = published.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM copied")) {
            r.next();
            assertThat(r.getLong(1)).as("the result file is complete and let go after publish").isEqualTo(10);
        }
        run.releaseStore();
        try (RunStore fresh = run.store(); Statement s = fresh.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'made_by_a_step'")) {
            r.next();
            assertThat(r.getLong(1)).as("the release drops the store").isZero();
        }
        run.releaseStore();
        assertThat(run.workFile()).doesNotExist();
    }
}
