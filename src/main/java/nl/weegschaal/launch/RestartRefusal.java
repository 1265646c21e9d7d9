package nl.weegschaal.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Why {@code restart} has nothing to continue, in words: a run is identified by the spec and the
 * checksums of the spec, the frame and every export, so a run that failed on bad input and was then
 * fixed (the spec or an export edited) is another run. Continuing the failed one with the fixed input
 * would keep the steps it completed with the old input (the staged records, the codes read), so the
 * changed input must start a new run, which {@code run} does; this says so, and what changed.
 */
final class RestartRefusal {
    private RestartRefusal() {
    }

    /** The error for a {@code restart} that finds no run of this spec and inputs to continue. */
    static JobFailedException of(ConfigurableApplicationContext context, WaveSpec wave, Path specFile,
                                 JobParameters now) {
        JobExecution latest = latest(context, wave);
        String run = "`run " + specFile + "`";
        if (latest == null) {
            return new JobFailedException("there is no earlier run of " + wave.wave() + " to restart; " + run
                    + " starts it");
        }
        String changed = String.join(" and ", changes(latest.getJobParameters(), now));
        String last = (latest.getStatus() == BatchStatus.COMPLETED ? "the completed run " : "the "
                + latest.getStatus().toString().toLowerCase(java.util.Locale.ROOT) + " run ") + latest.getId();
        return new JobFailedException(changed + " changed since " + last + " of " + wave.wave()
                + "; a changed spec, frame or export is a new run, which restart does not start (it only "
                + "continues a run on the same spec and inputs); " + run + " starts a new run with it");
    }

    /** The newest execution of the wave, of whatever spec and inputs; null if it has none. */
    private static @Nullable JobExecution latest(ConfigurableApplicationContext context, WaveSpec wave) {
        JobRepository repository = context.getBean(JobRepository.class);
        for (long id : WaveInstances.latest(context, wave, 1)) {
            JobInstance instance = repository.getJobInstance(id);
            if (instance != null) {
                return repository.getLastJobExecution(instance);
            }
        }
        return null;
    }

    /** What differs between the identifying parameters of two runs, in words: "the spec", "the export cawi". */
    static List<String> changes(JobParameters before, JobParameters now) {
        List<String> changes = new ArrayList<>();
        for (JobParameter<?> parameter : now.getIdentifyingParameters()) {
            JobParameter<?> earlier = before.getParameter(parameter.name());
            if (earlier == null || !Objects.equals(earlier.value(), parameter.value())) {
                changes.add(describe(parameter.name()));
            }
        }
        for (JobParameter<?> parameter : before.getIdentifyingParameters()) {
            if (now.getParameter(parameter.name()) == null) {
                changes.add(describe(parameter.name()));
            }
        }
        return changes.isEmpty() ? List.of("the run's identity") : changes.stream().distinct().toList();
    }

    private static String describe(String parameter) {
        if (parameter.equals("spec_sha256")) {
            return "the spec";
        }
        if (parameter.equals("spec")) {
            return "the spec's path";
        }
        if (parameter.equals("frame_sha256")) {
            return "the frame";
        }
        if (parameter.startsWith("input_") && parameter.endsWith("_sha256")) {
            return "the export " + parameter.substring("input_".length(), parameter.length() - "_sha256".length());
        }
        return "the parameter " + parameter;
    }
}
