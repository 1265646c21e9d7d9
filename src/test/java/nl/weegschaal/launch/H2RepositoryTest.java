package nl.weegschaal.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.cli.ExitCodes;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.SampleProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The default job repository read without a Spring context (what {@code status} does) reads what a
 * run's context reads from the same file: the wave's instances, their executions and their steps with
 * the counts and execution contexts {@code status} shows.
 */
class H2RepositoryTest {
    @TempDir
    Path project;

    @AfterEach
    void clear() {
        System.clearProperty("weegschaal.fail-at");
    }

    @Test
    void readsTheRunsAndStepsARunsContextReads() throws Exception {
        WaveSpec wave = SpecLoader.load(SampleProject.copyTo(project));
        System.setProperty("weegschaal.fail-at", "estimateTables");
        assertThat(run(wave).exitCode()).isNotEqualTo(ExitCodes.OK);
        System.clearProperty("weegschaal.fail-at");
        assertThat(run(wave).exitCode()).isEqualTo(ExitCodes.OK);
        Path repository = Repositories.wave(wave);

        List<String> direct = H2Repository.read(repository, (jobs, tables, prefix) ->
                describe(jobs, WaveInstances.latest(tables, prefix, wave, 10)));
        List<String> spring = JobRunner.inRepository(repository, context ->
                describe(context.getBean(JobRepository.class), WaveInstances.latest(context, wave, 10)));

        assertThat(direct).as("a failed run and its restart, with their steps").hasSizeGreaterThan(10);
        assertThat(direct).isEqualTo(spring);
        assertThat(String.join("\n", direct)).contains("FAILED", "COMPLETED", "rejected=1");
    }

    /** Each execution of the instances and each of its steps, as one line of what status shows of it. */
    private static List<String> describe(JobRepository repository, List<Long> instances) {
        List<String> lines = new ArrayList<>();
        for (long id : instances) {
            JobInstance instance = repository.getJobInstance(id);
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                lines.add(execution.getId() + " " + execution.getStatus() + " " + execution.getStartTime() + " "
                        + execution.getEndTime() + " " + execution.getExitStatus().getExitDescription().length());
                for (StepExecution step : execution.getStepExecutions()) {
                    lines.add("  " + step.getStepName() + " " + step.getStatus() + " read=" + step.getReadCount()
                            + " written=" + step.getWriteCount() + " rejected="
                            + step.getExecutionContext().getLong("rejected", step.getFilterCount()) + " "
                            + step.getStartTime() + " " + step.getEndTime());
                }
            }
        }
        return lines;
    }

    private CliRun run(WaveSpec wave) {
        return CliRun.of(project.resolve("home"), "run", wave.file().toString());
    }
}
