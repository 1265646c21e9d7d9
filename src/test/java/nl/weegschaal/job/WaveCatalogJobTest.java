package nl.weegschaal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wave job registers its wave in the output folder's catalog, through the command line: two waves (the
 * sample wave and a copy of it with another name and fieldwork) stack in the catalog's views, the README's
 * trend query shows both, {@code waves list} and {@code waves remove} work on it, a run already done registers a
 * wave the catalog lacks, and a file at {@code waves.duckdb} that is not a catalog stops the run in its last
 * step without being touched, the run continuing there once it is moved away.
 */
class WaveCatalogJobTest {
    @TempDir
    Path project;
    Path spec;
    Path catalog;

    @BeforeEach
    void copyProjectLayout() throws Exception {
        spec = SampleProject.copyTo(project);
        catalog = project.resolve("out/waves.duckdb");
    }

    CliRun cli(String... args) {
        return CliRun.of(project.resolve("home"), args);
    }

    @Test
    void twoWavesRunAreBothInTheCatalogAndTheReadmesTrendQueryShowsBoth() throws Exception {
        Path earlier = Files.writeString(project.resolve("jobs/wave-2023.yml"), Files.readString(spec)
                .replace("wave: wave-2024", "wave: wave-2023")
                .replace("fieldwork: {from: 2024-09-16, to: 2024-11-22", "fieldwork: {from: 2023-09-18, to: 2023-11-24"));
        CliRun first = cli("run", spec.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("wave catalog            " + catalog);
        assertThat(cli("run", earlier.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        assertThat(DuckDb.query(catalog, "SELECT wave, fieldwork_from, method, schema_name FROM waves ORDER BY "
                + "fieldwork_from")).extracting(r -> r.get("wave") + " " + r.get("fieldwork_from") + " "
                + r.get("method") + " " + r.get("schema_name")).containsExactly(
                "wave-2023 2023-09-18 stratified wave-2023", "wave-2024 2024-09-16 stratified wave-2024");
        for (String view : List.of("estimates", "weights", "strata", "weight_diagnostics", "runs", "codebook",
                "breakdowns")) {
            assertThat(DuckDb.query(catalog, "SELECT DISTINCT wave, fieldwork_to FROM " + view + " ORDER BY 1"))
                    .as(view).extracting(r -> r.get("wave") + " " + r.get("fieldwork_to"))
                    .containsExactly("wave-2023 2023-11-24", "wave-2024 2024-11-22");
        }
        assertThat(DuckDb.single(catalog, "SELECT count(*) FROM estimates WHERE wave = 'wave-2024'"))
                .isEqualTo(DuckDb.single(project.resolve("out/wave-2024.duckdb"), "SELECT count(*) FROM estimates"));

        List<Map<String, Object>> trend = DuckDb.query(catalog, readmeTrendQuery());
        assertThat(trend).extracting(r -> r.get("wave")).contains("wave-2023", "wave-2024");
        // the same exports in both waves: the same share, about the 14% the sample wave was drawn with
        assertThat(trend).filteredOn(r -> "total".equals(r.get("domain_value"))).extracting(r -> r.get("wave"))
                .containsExactly("wave-2023", "wave-2024");
        assertThat(trend).filteredOn(r -> "total".equals(r.get("domain_value"))).extracting(r -> (Double) r.get("pct"))
                .allSatisfy(pct -> assertThat(pct).isBetween(10.0, 18.0)).hasSize(2).containsOnly(
                        (Double) trend.stream().filter(r -> "total".equals(r.get("domain_value"))).findFirst()
                                .orElseThrow().get("pct"));

        CliRun list = cli("waves", "list", project.resolve("out").toString());
        assertThat(list.exitCode()).as(list.err()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).contains("2 waves in " + catalog).containsPattern(
                "wave-2023 +2023-09-18 to 2023-11-24 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +stratified +2,306  "
                        + project.resolve("out/wave-2023.duckdb")).doesNotContain("!");
        assertThat(cli("waves", "list", spec.toString()).out()).as("WHERE a job spec").contains("2 waves in " + catalog);

        Files.delete(catalog);
        CliRun again = cli("run", spec.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.ALREADY_DONE);
        assertThat(again.out()).contains("wave-2024 was not in the wave catalog " + catalog + "; registered it now",
                "wave-2024 is already done");
        assertThat(cli("run", spec.toString()).out()).as("once registered, said once").doesNotContain("registered");

        CliRun removed = cli("waves", "remove", catalog.toString(), "wave-2024");
        assertThat(removed.exitCode()).as(removed.err()).isEqualTo(ExitCodes.OK);
        assertThat(DuckDb.single(catalog, "SELECT count(*) FROM waves")).isEqualTo(0L);
        CliRun unknown = cli("waves", "remove", catalog.toString(), "wave-2024");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(unknown.err()).contains("there is no wave wave-2024 in the wave catalog " + catalog + "; it has none");
    }

    @Test
    void aFileAtWavesDuckdbThatIsNotACatalogStopsTheRunInItsLastStepUntouchedAndTheRestartRegisters() throws Exception {
        Files.createDirectories(catalog.getParent());
        Files.writeString(catalog, "my own notes\n");
        CliRun run = cli("run", spec.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("weegschaal: error: " + catalog + " is not a wave catalog (not a DuckDB "
                + "database); it was left as it was");
        assertThat(catalog).hasContent("my own notes");
        assertThat(project.resolve("out/wave-2024.duckdb")).as("published before the catalog step").exists();
        assertThat(cli("status", spec.toString()).out()).contains("registerWave").contains("FAILED");

        Files.move(catalog, project.resolve("notes.txt"));
        CliRun restart = cli("restart", spec.toString());
        assertThat(restart.exitCode()).as(restart.err()).isEqualTo(ExitCodes.OK);
        assertThat(DuckDb.single(catalog, "SELECT wave FROM waves")).isEqualTo("wave-2024");
    }

    @Test
    void theWaveNamesOfTheCatalogAndTheTrendWorkbookAreRefused() throws Exception {
        Files.writeString(spec, Files.readString(spec).replace("wave: wave-2024", "wave: Waves"));
        CliRun run = cli("run", spec.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("wave: 'Waves' is taken: the output folder's wave catalog is waves.duckdb");
    }

    /** The trend query of the README, between its markers. */
    static String readmeTrendQuery() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("<!-- trend-query -->");
        int end = readme.indexOf("<!-- /trend-query -->");
        assertThat(start).as("the README's trend-query markers").isNotNegative().isLessThan(end);
        return readme.substring(start, end).replaceAll("(?s).*```sql\\n(.*)```.*", "$1").strip().replaceAll(";$", "");
    }
}
