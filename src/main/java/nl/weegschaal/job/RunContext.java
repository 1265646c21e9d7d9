package nl.weegschaal.job;

import java.nio.file.Path;
import java.util.Map;
import nl.weegschaal.frame.FrameReader;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.RunStore;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What every step of one run reads: the spec and the frame, each loaded once per job execution (the
 * job-scoped bean of the run), so that a spec or frame edited during a run cannot apply to part of it.
 * A wave's spec comes from its job spec file; {@code weigh}'s from its options.
 */
public class RunContext {
    /** The job parameter with the job spec's path (wave runs only). */
    public static final String SPEC = "spec";

    private final WaveSpec spec;
    private @Nullable PopulationFrame frame;
    private @Nullable CalibratedRespondents calibrated;
    private @Nullable RunStore keeper;

    public RunContext(WaveSpec spec) {
        this.spec = spec;
    }

    /** The run of these job parameters: a wave's spec file, or {@code weigh}'s options. */
    public static RunContext of(JobParameters parameters) {
        String specFile = parameters.getString(SPEC);
        return new RunContext(specFile != null ? SpecLoader.load(Path.of(specFile))
                : WeighSpecs.of(WeighParameters.from(parameters)));
    }

    /** The same from the job parameters as Spring's expression {@code #{jobParameters}} gives them. */
    public static RunContext of(Map<String, Object> parameters) {
        var builder = new org.springframework.batch.core.job.parameters.JobParametersBuilder();
        parameters.forEach((name, value) -> builder.addString(name, String.valueOf(value)));
        return of(builder.toJobParameters());
    }

    public WaveSpec spec() {
        return spec;
    }

    /** The population frame, read and checked the first time a step needs it. */
    public synchronized PopulationFrame frame() {
        if (frame == null) {
            frame = FrameReader.read(spec.frame(), spec.strataColumns(), spec.frameCount());
        }
        return frame;
    }

    /** Keeps what the weights step of this execution read and calibrated, for its estimate step. */
    synchronized void keep(CalibratedRespondents calibrated) {
        this.calibrated = calibrated;
    }

    /**
     * What the weights step of this execution handed over, given once (the later steps do not need
     * it in memory); null when it ran in an earlier execution.
     */
    synchronized @Nullable CalibratedRespondents takeCalibrated() {
        CalibratedRespondents taken = calibrated;
        calibrated = null;
        return taken;
    }

    /**
     * Opens the run's work store for a step. A wave's is a file ({@link #workFile()}), so that a run
     * continues after a failure: the first call also opens a connection that is kept until
     * {@link #releaseStore()}, because DuckDB shares one database between the connections to a file in a
     * process, so while it is held a step's store opens without loading the database and closes without
     * writing a checkpoint (a tenth of a second each on the sample wave, a second at a million records).
     * A run that is never restarted ({@code weigh}'s, each a new job instance, a failed one run again from
     * its start) keeps its store in memory ({@link RunStore#inMemory}) until it is released.
     */
    public synchronized RunStore store() {
        if (keeper == null) {
            keeper = inMemory() ? RunStore.inMemory(workFile()) : RunStore.open(workFile());
        }
        return inMemory() ? keeper.duplicate() : RunStore.open(workFile());
    }

    /** Whether the work store lives in memory: the run is never restarted. */
    boolean inMemory() {
        return !spec.restartable();
    }

    /**
     * Closes the kept connection: a wave's before the publish step attaches the file (DuckDB attaches a
     * file only when no database of this process holds it) and at the end of the job, a store in memory
     * at the end of the job, which drops it. DuckDB writes a file's checkpoint as it closes, so that the
     * steps' tables are in the file itself and not only in its write-ahead log: a run whose publish failed
     * on a full disk, with the store released without one, restarted from a store that had lost committed
     * rows of {@code estimates} (OutputFolderTest). A step's own close writes none (the kept connection
     * holds the database open).
     */
    public synchronized void releaseStore() {
        if (keeper != null) {
            RunStore kept = keeper;
            keeper = null;
            kept.close();
        }
    }

    /** The work store of the run: beside the result, {@code .<name>.staging.duckdb}. */
    public Path workFile() {
        return spec.outputDir().resolve("." + spec.wave() + ".staging.duckdb");
    }

    /**
     * The finished result of a run with a workbook, waiting beside the published one until its workbook
     * is written too, so that the result and the workbook in the output folder always come from the same run.
     */
    public Path pendingResult() {
        return spec.outputDir().resolve("." + spec.wave() + ".pending.duckdb");
    }
}
