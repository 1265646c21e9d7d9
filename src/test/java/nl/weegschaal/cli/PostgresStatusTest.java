package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.PostgresDatabase;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} reads the job repository the runs use, here PostgreSQL, and shows a spec's wave
 * only, although the repository also holds the runs of another wave (from another output folder).
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.ENABLED_BY, matches = ".+")
class PostgresStatusTest {
    @TempDir
    Path dir;
    PostgresDatabase database;

    @BeforeEach
    void database() throws Exception {
        database = PostgresDatabase.create().useForRunsInThisJvm();
    }

    @AfterEach
    void drop() throws Exception {
        System.clearProperty("weegschaal.fail-at");
        database.close();
    }

    CliRun cli(String... args) {
        return CliRun.of(dir.resolve("home"), args);
    }

    @Test
    void statusShowsTheFailedAndTheCompletedRunOfTheSpecsWaveOnly() throws Exception {
        Path spec = SampleProject.copyTo(dir.resolve("project"));
        Path otherSpec = SampleProject.copyTo(dir.resolve("other"));
        Files.writeString(otherSpec, Files.readString(otherSpec).replace("wave: wave-2024", "wave: wave-2024-bis"));
        assertThat(cli("status", spec.toString()).out()).isEqualTo("wave-2024 (" + spec + "): no runs yet\n");

        System.setProperty("weegschaal.fail-at", "computeWeights");
        assertThat(cli("run", spec.toString()).exitCode()).isNotEqualTo(ExitCodes.OK);
        System.clearProperty("weegschaal.fail-at");
        assertThat(cli("restart", spec.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cli("run", otherSpec.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        List<Map<String, Object>> executions = database.sql("SELECT e.job_execution_id AS id, e.job_instance_id AS "
                + "instance, p.parameter_value AS wave FROM batch_job_execution e JOIN batch_job_execution_params p "
                + "ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'wave' ORDER BY 1");
        assertThat(executions).extracting(r -> r.get("wave")).containsExactly("wave-2024", "wave-2024", "wave-2024-bis");
        assertThat(Files.exists(spec.getParent().resolveSibling("out/.weegschaal"))).as("no H2 file").isFalse();

        CliRun status = cli("status", spec.toString());
        assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = status.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("wave-2024 (" + spec + "):");
        assertThat(lines).filteredOn(l -> l.startsWith("  run ")).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("  run 2 (instance 1): COMPLETED, started "))
                .anySatisfy(l -> assertThat(l).startsWith("  run 1 (instance 1): FAILED, started "));
        assertThat(status.out()).doesNotContain("instance 2").doesNotContain("run 3");
        String failedRun = status.out().substring(status.out().indexOf("  run 1 "));
        assertThat(failedRun).containsPattern("\n    ingestExports +COMPLETED ")
                .containsPattern("\n    deriveStrata +COMPLETED ").containsPattern("\n    computeWeights +FAILED ")
                .doesNotContain("estimateTables");
        String completedRun = status.out().substring(status.out().indexOf("  run 2 "), status.out().indexOf("  run 1 "));
        assertThat(completedRun).containsPattern("\n    computeWeights +COMPLETED ")
                .containsPattern("\n    publishWorkbook +COMPLETED ").doesNotContain("ingestExports");

        CliRun other = cli("status", otherSpec.toString());
        assertThat(other.out()).contains("wave-2024-bis (" + otherSpec + "):", "  run 3 (instance 2): COMPLETED")
                .doesNotContain("instance 1");

        // runs recorded before the wave's name was a job parameter are found by their spec file
        assertThat(database.update("DELETE FROM batch_job_execution_params WHERE parameter_name = 'wave'")).isEqualTo(3);
        assertThat(cli("status", spec.toString()).out()).contains("  run 2 (instance 1): COMPLETED",
                "  run 1 (instance 1): FAILED").doesNotContain("instance 2");
    }
}
