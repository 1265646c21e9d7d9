package nl.weegschaal.job;

import java.nio.file.Path;
import nl.weegschaal.ingest.InputFile;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
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
                .addString("spec_sha256", InputFile.describe("spec", spec.file()).sha256())
                .addString("frame_sha256", InputFile.describe("frame", spec.frame()).sha256())
                .addString(WAVE, spec.wave(), false);
        for (InputSpec input : spec.inputs()) {
            builder.addString("input_" + input.name() + "_sha256", InputFile.describe(input.name(), input.file()).sha256());
        }
        return builder.toJobParameters();
    }

    static WaveSpec spec(JobParameters parameters) {
        return SpecLoader.load(Path.of(parameters.getString(SPEC)));
    }
}
