package nl.weegschaal.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.job.WaveJobConfiguration;
import nl.weegschaal.job.WaveParameters;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The check of a wave done already that a run makes before it starts Spring: it finds the completed
 * run Spring Batch finds, with its end, and nothing for a run that did not complete, for other
 * parameters, for a missing repository or for a repository named elsewhere.
 */
class CompletedRunsTest {
    @TempDir
    Path project;

    @AfterEach
    void clear() {
        System.clearProperty("weegschaal.fail-at");
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void findsTheCompletedRunSpringBatchFinds() throws Exception {
        WaveSpec wave = SpecLoader.load(SampleProject.copyTo(project));
        Path repository = Repositories.wave(wave);
        assertThat(CompletedRuns.last(repository, WaveJobConfiguration.JOB_NAME, WaveParameters.of(wave)))
                .as("no repository yet").isNull();
        assertThat(run(wave).exitCode()).isEqualTo(ExitCodes.OK);

        CompletedRuns.Completed completed = CompletedRuns.last(repository, WaveJobConfiguration.JOB_NAME,
                WaveParameters.of(wave));
        JobExecution last = JobRunner.inRepository(repository, context -> context.getBean(JobRepository.class)
                .getLastJobExecution(WaveJobConfiguration.JOB_NAME, WaveParameters.of(wave)));
        assertThat(last.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(completed).isEqualTo(new CompletedRuns.Completed(last.getId(), last.getEndTime()));
        assertThat(CompletedRuns.last(repository, "weigh", WaveParameters.of(wave))).as("another job").isNull();

        System.setProperty("spring.datasource.url", "jdbc:postgresql://elsewhere/batch");
        assertThat(CompletedRuns.last(repository, WaveJobConfiguration.JOB_NAME, WaveParameters.of(wave)))
                .as("a repository named elsewhere is Spring's to read").isNull();
    }

    @Test
    void aRunThatFailedOrOtherInputsAreNotDone() throws Exception {
        Path spec = SampleProject.copyTo(project);
        WaveSpec wave = SpecLoader.load(spec);
        System.setProperty("weegschaal.fail-at", "estimateTables");
        assertThat(run(wave).exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(CompletedRuns.last(Repositories.wave(wave), WaveJobConfiguration.JOB_NAME, WaveParameters.of(wave)))
                .as("failed").isNull();

        System.clearProperty("weegschaal.fail-at");
        assertThat(run(wave).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(CompletedRuns.last(Repositories.wave(wave), WaveJobConfiguration.JOB_NAME, WaveParameters.of(wave)))
                .as("restarted and completed").isNotNull();

        Path frame = wave.frame();
        Files.writeString(frame, Files.readString(frame) + "\n");
        assertThat(CompletedRuns.last(Repositories.wave(wave), WaveJobConfiguration.JOB_NAME,
                WaveParameters.of(SpecLoader.load(spec)))).as("a changed frame is another run").isNull();
    }

    private CliRun run(WaveSpec wave) {
        return CliRun.of(project.resolve("home"), "run", wave.file().toString());
    }
}
