package nl.weegschaal.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} between samples that share establishments, on the sample wave: compared with itself
 * as overlapping samples (every establishment in both, identical designs) the covariance through the
 * establishments equals each cell's published variance, so the change's standard error is 0, as the
 * variance of a paired difference of equal answers is; and a result without answers per respondent
 * cannot be compared as overlapping.
 */
class CompareOverlapTest {
    @TempDir
    static Path dir;
    static Path home;
    static Path wave;
    static Path next;

    @BeforeAll
    static void runBothSampleWaves() throws Exception {
        home = dir.resolve("home");
        for (String name : new String[] {"wave-2024", "wave-2025"}) {
            CliRun run = CliRun.of(home, "run", SampleProject.copyTo(dir.resolve("project"), name).toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        wave = dir.resolve("project/out/wave-2024.duckdb");
        next = dir.resolve("project/out/wave-2025.duckdb");
    }

    @Test
    void theSampleWavesShareHalfTheirEstablishmentsAndTheirChangesHaveNarrowerMargins() throws Exception {
        Path out = dir.resolve("2024-2025.changes.duckdb");
        CliRun run = CliRun.of(home, "compare", wave.toString(), next.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("overlapping samples: 1,165 establishments (matched by id) in both");
        List<Map<String, Object>> totals = DuckDb.query(out, "SELECT variable, level, se_difference_points AS se_d, "
                + "sqrt(se_old_points ^ 2 + se_new_points ^ 2) AS se_independent, n_both, difference_points AS d, "
                + "ci_low_points AS low, ci_high_points AS high FROM changes WHERE tested AND domain_var = 'total'");
        assertThat(totals).hasSizeGreaterThan(30);
        for (Map<String, Object> cell : totals) {
            // the generator carries answers over, so every covariance is positive: narrower than independent
            assertThat((Double) cell.get("se_d")).as(cell.toString()).isLessThan((Double) cell.get("se_independent"));
            double d = (Double) cell.get("d");
            double half = 1.959963985 * (Double) cell.get("se_d");
            assertThat((Double) cell.get("low")).isCloseTo(d - half, org.assertj.core.api.Assertions.within(1e-6));
            assertThat((Double) cell.get("high")).isCloseTo(d + half, org.assertj.core.api.Assertions.within(1e-6));
            // every establishment in both, less item nonresponse; a "which functions" option: those asked in both
            boolean askedOfAll = !cell.get("variable").toString().endsWith("_welke");
            assertThat((Long) cell.get("n_both")).as(cell.toString()).isBetween(askedOfAll ? 1_100L : 50L, 1_165L);
        }
        // the planted rise of AI use among 100+ (37% -> 52% in the model) is found
        assertThat(DuckDb.single(out, "SELECT significant FROM changes WHERE variable = 'ai_gebruik' AND level = "
                + "'hoog_of_redelijk' AND domain_value = '100+'")).isEqualTo(true);
        assertThat(DuckDb.single(out, "SELECT comparison FROM comparison")).isEqualTo("overlapping samples");
    }

    @Test
    void aWaveComparedWithItselfAsOverlappingSamplesHasNoSamplingErrorInItsChanges() throws Exception {
        Path copy = Files.copy(wave, dir.resolve("copy.duckdb"));
        Path out = dir.resolve("itself.changes.duckdb");
        CliRun run = CliRun.of(home, "compare", wave.toString(), copy.toString(), "--comparison", "overlapping",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("overlapping samples: 2,306 establishments (matched by id) in both");
        List<Map<String, Object>> tested = DuckDb.query(out, "SELECT se_old_points, se_difference_points, n_both, "
                + "n_old, comparison FROM changes WHERE tested");
        assertThat(tested).hasSizeGreaterThan(300);
        for (Map<String, Object> cell : tested) {
            double se = (Double) cell.get("se_old_points");
            // V1 + V2 - 2 cov with cov = V1 = V2 up to rounding: sqrt of ~1e-12 relative of the variance
            assertThat((Double) cell.get("se_difference_points")).isLessThanOrEqualTo(1e-5 * Math.max(se, 1e-3));
            assertThat(cell.get("n_both")).isEqualTo(cell.get("n_old"));
            assertThat(cell.get("comparison")).isEqualTo("overlapping samples");
        }
        assertThat(DuckDb.query(out, "SELECT establishments_in_both FROM comparison").get(0))
                .containsEntry("establishments_in_both", 2306L);
    }

    @Test
    void theSameExportsAreStillTheSameRespondents() {
        CliRun run = CliRun.of(home, "compare", wave.toString(), wave.toString(), "--out",
                dir.resolve("same.changes.duckdb").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("same respondents");
    }

    @Test
    void overlappingSamplesNeedAnswersPerRespondentAndTheErrorNamesTheFile() {
        Path weighed = dir.resolve("weighed.duckdb");
        CliRun weigh = CliRun.of(home, "weigh", "--responses", "sample-data/synthetic/responses.csv", "--frame",
                "sample-data/synthetic/frame.csv", "--strata", "sector_cluster,size_class", "--vars", "banen_erbij",
                "--method", "stratified", "--id", "id", "--out", weighed.toString());
        assertThat(weigh.exitCode()).as(weigh.err()).isZero();
        CliRun run = CliRun.of(home, "compare", weighed.toString(), wave.toString(), "--comparison", "overlapping",
                "--out", dir.resolve("refused.changes.duckdb").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(weighed.toString()).contains("holds no answers per respondent")
                .contains("--comparison independent");
        CliRun auto = CliRun.of(home, "compare", weighed.toString(), wave.toString(), "--out",
                dir.resolve("auto.changes.duckdb").toString());
        assertThat(auto.exitCode()).as(auto.err()).isZero();
        assertThat(auto.out()).contains("independent waves (").contains("holds no answers per respondent");
    }
}
