package nl.weegschaal.job;

import java.nio.file.Path;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identity of a wave run: the spec file and the checksums of the spec, the frame and every
 * export. The same spec on the same inputs is the same job instance (already done once it
 * completed); a changed input or spec is a new one. The wave's name goes along without identifying
 * the run (the spec's checksum already does, and job instances recorded before it was added keep
 * their identity), so that {@code status} can tell a wave's runs from those of other waves that
 * share the job repository.
 */
public final class WaveParameters {
    /** The spec file's path (identifying). */
    public static final String SPEC = "spec";
    /** The wave's name (not identifying). */
    public static final String WAVE = "wave";

    private WaveParameters() {
    }

    public static JobParameters of(WaveSpec spec) {
        JobParametersBuilder builder = new JobParametersBuilder().addString(SPEC, spec.file().toString())
                .addString(checksumName("spec"), InputFile.describe("spec", spec.file()).sha256())
                .addString(checksumName("frame"), InputFile.describe("frame", spec.frame()).sha256())
                .addString(WAVE, spec.wave(), false);
        for (InputSpec input : spec.inputs()) {
            builder.addString(checksumName(input), InputFile.describe(input.name(), input.file()).sha256());
        }
        return builder.toJobParameters();
    }

    /**
     * The SHA-256 of the spec ({@code "spec"}) or the frame ({@code "frame"}) the run was started on, as
     * its parameters record it; null for a run whose parameters have none (not a wave's).
     */
    static @Nullable String checksum(JobParameters parameters, String file) {
        return parameters.getString(checksumName(file));
    }

    /** The SHA-256 of an export the run was started on, as its parameters record it; null if none. */
    static @Nullable String checksum(JobParameters parameters, InputSpec input) {
        return parameters.getString(checksumName(input));
    }

    private static String checksumName(String file) {
        return file + "_sha256";
    }

    private static String checksumName(InputSpec input) {
        return "input_" + input.name() + "_sha256";
    }

    static WaveSpec spec(JobParameters parameters) {
        return SpecLoader.load(Path.of(parameters.getString(SPEC)));
    }
}
