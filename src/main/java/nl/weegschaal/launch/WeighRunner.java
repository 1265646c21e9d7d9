package nl.weegschaal.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.weegschaal.job.WeighParameters;
import nl.weegschaal.publish.duckdb.DuckDbWarmUp;
import org.springframework.batch.core.job.JobExecution;

/**
 * Runs the {@code weigh} job. Each result ({@code --out}) has a job repository and a lock of its own
 * ({@link Repositories}), so that runs writing different results run side by side, and a second run
 * writing the same result while one is in progress is refused ({@link AlreadyRunningException}), also
 * on another machine sharing a PostgreSQL job repository ({@link RepositoryLock}, keyed by the
 * result's full path). A stopped or failed run is not continued (each run is a job instance of its
 * own): it is run again.
 */
public final class WeighRunner {
    /** What the locks and messages call a {@code weigh} run. */
    static final String WEIGH = "weigh";

    private WeighRunner() {
    }

    /**
     * Checks the files (before anything is written), runs the job and returns what it did, or throws
     * the error that ended it: a named {@link nl.weegschaal.WeegschaalException}, {@link
     * AlreadyRunningException} or {@link JobStoppedException}.
     */
    public static WeighOutcome run(WeighParameters parameters) throws Exception {
        Path out = parameters.out();
        // before the job starts: a refused --out leaves no run in a job repository and nothing written
        WeighPaths.check(parameters.responses(), parameters.frame(), out);
        if (parameters.calibration() != null) {
            WeighPaths.notAnInput(out, "--calibrate", parameters.calibration().totals(), "the calibration totals");
        }
        long start = System.nanoTime();
        DuckDbWarmUp.start();
        String what = WEIGH + " --out " + out;
        JobExecution execution;
        try (OutputLock lock = OutputLock.acquire(Repositories.weighLock(out), what)) {
            execution = JobRunner.inContext(Repositories.weigh(out), context -> {
                RepositoryLock.holdWhileOpen(context, WEIGH,
                        Repositories.canonical(out).toString(), what);
                return JobRunner.start(context, "weighJob", parameters.toJobParameters(), null, "run it again");
            });
        }
        @SuppressWarnings("unchecked")
        Map<String, Long> summary = (Map<String, Long>) execution.getExecutionContext().get("summary");
        return new WeighOutcome(summary.get("n_respondents"), summary.get("n_strata"),
                summary.get("n_dropped_strata"), summary.get("n_estimates"), Duration.ofNanos(System.nanoTime() - start));
    }
}
