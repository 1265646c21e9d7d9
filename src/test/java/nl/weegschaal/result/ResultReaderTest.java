package nl.weegschaal.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.weighting.WeightDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of result files, on small files made by hand: what it reads, in which order, and what it leaves empty. */
class ResultReaderTest {
    @TempDir
    Path dir;

    @Test
    void cellsAreReadInTableOrderWithTheNumbersTheFileLeavesEmptyAsNull() throws Exception {
        Path file = result("cells.duckdb",
                "CREATE TABLE estimates (variable VARCHAR, level VARCHAR, domain_var VARCHAR, domain_value VARCHAR, "
                        + "n_unweighted BIGINT, estimate DOUBLE, se DOUBLE)",
                "INSERT INTO estimates VALUES ('v', 'nee', 'total', 'total', 10, 0.7, 0.05), "
                        + "('v', 'ja', 'total', 'total', 10, 0.3, 0.05), ('v', 'ja', 'size_class', '2-19', NULL, NULL, NULL)");
        try (ResultReader reader = ResultReader.open(file)) {
            assertThat(reader.cells()).containsExactly(
                    entry(new CellKey("v", "nee", Estimate.TOTAL, Estimate.TOTAL), new Cell(0.7, 0.05, 10L)),
                    entry(new CellKey("v", "ja", Estimate.TOTAL, Estimate.TOTAL), new Cell(0.3, 0.05, 10L)),
                    entry(new CellKey("v", "ja", "size_class", "2-19"), new Cell(null, null, null)));
        }
    }

    @Test
    void strataAreKeyedOnTheColumnsBeforePopulationAndADroppedStratumHasNoWeight() throws Exception {
        Path file = result("strata.duckdb",
                "CREATE TABLE strata (sector_cluster VARCHAR, size_class VARCHAR, population DOUBLE, "
                        + "respondents BIGINT, weight DOUBLE, dropped BOOLEAN)",
                "INSERT INTO strata VALUES ('07', '100+', 40, 4, 10, false), ('01', '2-19', 120, 0, NULL, true)");
        try (ResultReader reader = ResultReader.open(file)) {
            assertThat(reader.strataColumns()).containsExactly("sector_cluster", "size_class");
            List<StratumRow> strata = reader.strata();
            assertThat(strata).containsExactly(new StratumRow(List.of("07", "100+"), 40.0, 4, 10.0),
                    new StratumRow(List.of("01", "2-19"), 120.0, 0, null));
            assertThat(strata).extracting(StratumRow::dropped).containsExactly(false, true);
            assertThat(strata.get(0).label()).isEqualTo("07 x 100+");
        }
    }

    @Test
    void theResponseChecksumsAreThoseOfEveryInputButTheSpecAndTheFrame() throws Exception {
        Path file = result("inputs.duckdb",
                "CREATE TABLE inputs (run_id VARCHAR, role VARCHAR, sha256 VARCHAR)",
                "INSERT INTO inputs VALUES ('r', 'spec', 'aaa'), ('r', 'frame', 'bbb'), ('r', 'cawi', 'ddd'), "
                        + "('r', 'cati', 'ccc')",
                "CREATE TABLE runs (run_id VARCHAR, method VARCHAR, responses_sha256 VARCHAR, n_rejected BIGINT)",
                "INSERT INTO runs VALUES ('r', 'rake', 'zzz', NULL)");
        try (ResultReader reader = ResultReader.open(file)) {
            assertThat(reader.responseChecksums()).containsExactly("ccc", "ddd");
            assertThat(reader.run()).as("null values are left out")
                    .containsExactly(entry("run_id", "r"), entry("method", "rake"), entry("responses_sha256", "zzz"));
        }
    }

    @Test
    void aResultWithoutInputsNamesItsResponsesByTheRunsChecksum() throws Exception {
        Path file = result("old.duckdb",
                "CREATE TABLE runs (run_id VARCHAR, responses_sha256 VARCHAR)", "INSERT INTO runs VALUES ('r', 'zzz')");
        try (ResultReader reader = ResultReader.open(file)) {
            assertThat(reader.responseChecksums()).containsExactly("zzz");
        }
    }

    @Test
    void aResultWithoutStrataRunsInputsOrDiagnosticsReadsThemAsEmpty() throws Exception {
        Path file = result("bare.duckdb", "CREATE TABLE estimates (variable VARCHAR)");
        try (ResultReader reader = ResultReader.open(file)) {
            assertThat(reader.tables()).containsExactly("estimates");
            assertThat(reader.strataColumns()).isEmpty();
            assertThat(reader.strata()).isEmpty();
            assertThat(reader.run()).isEmpty();
            assertThat(reader.responseChecksums()).isEmpty();
            assertThat(reader.weightDiagnostics()).isEmpty();
            assertThatThrownBy(reader::respondentsPerMode).as("only a wave has responses")
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void weightDiagnosticsAndRespondentsPerModeAreReadInTheirOrder() throws Exception {
        Path file = result("wave.duckdb",
                "CREATE TABLE weight_diagnostics (domain_var VARCHAR, domain_value VARCHAR, respondents BIGINT, "
                        + "sum_of_weights DOUBLE, min_weight DOUBLE, median_weight DOUBLE, max_weight DOUBLE, cv DOUBLE, "
                        + "kish_deff DOUBLE, effective_n DOUBLE, largest_weight_strata VARCHAR)",
                "INSERT INTO weight_diagnostics VALUES ('total', 'total', 3, 60, 10, 20, 30, 0.4, 1.16, 2.6, '07 x 100+'), "
                        + "('size_class', '2-19', 1, 10, 10, 10, 10, 0, 1, 1, '01 x 2-19')",
                "CREATE TABLE responses (id VARCHAR, mode VARCHAR)",
                "INSERT INTO responses VALUES ('1', 'CAWI'), ('2', 'CATI'), ('3', 'CAWI')");
        try (ResultReader reader = ResultReader.open(file)) {
            assertThat(reader.weightDiagnostics()).containsExactly(
                    new WeightDiagnostic(Estimate.TOTAL, Estimate.TOTAL, 3, 60, 10, 20, 30, 0.4, 1.16, 2.6, "07 x 100+"),
                    new WeightDiagnostic("size_class", "2-19", 1, 10, 10, 10, 10, 0, 1, 1, "01 x 2-19"));
            assertThat(reader.respondentsPerMode()).containsExactly(entry("CATI", 1L), entry("CAWI", 2L));
        }
    }

    @Test
    void theFileIsReadOnlyAndLeftAsItWas() throws Exception {
        Path file = result("kept.duckdb", "CREATE TABLE estimates (variable VARCHAR)");
        byte[] before = Files.readAllBytes(file);
        try (ResultReader reader = ResultReader.open(file); ResultReader second = ResultReader.open(file)) {
            assertThat(reader.tables()).as("two readers may read one file at once").isEqualTo(second.tables());
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotADuckDbDatabaseCannotBeOpened() throws Exception {
        Path csv = Files.writeString(dir.resolve("frame.csv"), "sector_cluster,size_class,population\n");
        assertThatThrownBy(() -> ResultReader.open(csv).close()).isInstanceOf(SQLException.class);
    }

    private Path result(String name, String... sql) throws SQLException {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
        return file;
    }
}
