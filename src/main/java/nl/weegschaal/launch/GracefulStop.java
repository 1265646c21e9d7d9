package nl.weegschaal.launch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns a SIGTERM (systemd stopping the service, {@code kill}, {@code timeout}) during a job into a
 * graceful stop: the execution is asked to stop, the main thread lets the step that is running end,
 * records the job as STOPPED, reports it and exits with {@link JobStoppedException#EXIT_STATUS}, and
 * {@code restart} continues from the stopped step. By default the JVM would shut down under the
 * running job and leave its execution STARTED, to be recovered like a killed run.
 *
 * <p>The stop is asked the way Spring Batch has always asked it: the execution is marked STOPPING
 * in the job repository, and the running step sees that when it next records its progress (after
 * each chunk, or after its tasklet has done its work) and ends STOPPED; a step that has not begun
 * does not begin. {@link org.springframework.batch.core.launch.JobOperator#stop(JobExecution)} does
 * that too, but in Spring Batch 6.0 it then also stops the running step itself from this thread:
 * it writes the step's row while the step does (an optimistic-locking race that can leave the step
 * UNKNOWN, spring-batch#5308) and it closes the step's scope under it, so that a step-scoped reader
 * fails mid-chunk ("reader ... is not open", seen with {@code weigh}).
 *
 * <p>This is a handler of the signal rather than a JVM shutdown hook because a shutdown cannot be
 * held off for the job: once the JVM shuts down, H2's own shutdown hook closes the job repository at
 * once (and H2 refuses {@code DB_CLOSE_ON_EXIT=FALSE} together with the {@code AUTO_SERVER} that lets
 * two runs share the file), so the job could no longer record anything. {@code sun.misc.Signal} is
 * one of the critical internal APIs that JDK 9 and later keep available (JEP 260, module
 * {@code jdk.unsupported}) for want of a supported one; javac warns about it.
 *
 * <p>The wait for the step is bounded by {@value #TIMEOUT_PROPERTY} (seconds, default 60; keep it
 * below systemd's {@code TimeoutStopSec}); after it, or at a second SIGTERM, the program exits
 * without waiting, and the next run recovers the execution like a killed one. The handler is
 * installed only while a job runs; before and after, a SIGTERM ends the program at once, as nothing
 * is then half-done.
 */
final class GracefulStop implements AutoCloseable {
    static final String TIMEOUT_PROPERTY = "weegschaal.stop-timeout";
    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);
    private static final Signal TERM = new Signal("TERM");
    private static final long POLL_MILLIS = 100;

    private final JobRepository repository;
    private final String jobName;
    private final JobParameters parameters;
    /** The last execution of the job instance before this run, which is not ours to stop (-1: none). */
    private final long earlierExecution;
    private final Duration timeout;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final SignalHandler handler = this::onSignal;
    private @Nullable SignalHandler previous;
    private volatile boolean signalled;

    private GracefulStop(JobRepository repository, String jobName, JobParameters parameters, long earlierExecution,
                         Duration timeout) {
        this.repository = repository;
        this.jobName = jobName;
        this.parameters = parameters;
        this.earlierExecution = earlierExecution;
        this.timeout = timeout;
    }

    /** Handles SIGTERM for a run of the job with these parameters that is about to start, until {@link #close()}. */
    static GracefulStop install(JobRepository repository, String jobName, JobParameters parameters) {
        JobExecution earlier = repository.getLastJobExecution(jobName, parameters);
        GracefulStop stop = new GracefulStop(repository, jobName, parameters,
                earlier == null ? -1 : earlier.getId(), Duration.ofSeconds(Long.getLong(TIMEOUT_PROPERTY, 60)));
        try {
            stop.previous = Signal.handle(TERM, stop.handler);
        } catch (IllegalArgumentException e) {
            LOG.debug("SIGTERM cannot be handled here; it ends the program at once", e);
        }
        return stop;
    }

    /** Whether a SIGTERM came while the job ran. */
    boolean signalled() {
        return signalled;
    }

    /** The run has ended: SIGTERM ends the program at once again, and a stop in progress is done. */
    @Override
    public void close() {
        closed.countDown();
        if (previous != null) {
            SignalHandler current = Signal.handle(TERM, previous);
            if (current != handler) {
                // another run in this JVM (in-process tests) installed its handler after ours: keep it; when
                // it ends it puts ours back, which then does what the JVM does (see onSignal)
                Signal.handle(TERM, current);
            }
            previous = null;
        }
    }

    /** On the JVM's thread for the signal: asks for the stop and waits, bounded, for the run to end. */
    private void onSignal(Signal signal) {
        if (closed.getCount() == 0) {
            System.exit(JobStoppedException.EXIT_STATUS); // this run has ended: what the JVM does at a SIGTERM
        }
        if (signalled) {
            LOG.warn("second SIG{}: exiting without waiting for the step; the next run recovers the {} job like a "
                    + "killed one", signal.getName(), jobName);
            System.exit(JobStoppedException.EXIT_STATUS);
        }
        signalled = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        LOG.info("SIG{}: stopping the {} job after the chunk or step that is running (up to {} s; a second SIG{} "
                + "exits at once)", signal.getName(), jobName, timeout.toSeconds(), signal.getName());
        try {
            // the execution may not be in the repository yet, or its update may race with ours: try again
            while (!requestStop() && !closed.await(POLL_MILLIS, TimeUnit.MILLISECONDS)
                    && System.nanoTime() < deadline) {
                LOG.trace("no execution to stop yet");
            }
            if (!closed.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                LOG.warn("the {} job did not stop within {} s; exiting without waiting for the step (the next run "
                        + "recovers it like a killed one)", jobName, timeout.toSeconds());
                System.exit(JobStoppedException.EXIT_STATUS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Marks this run's execution STOPPING; false if that has to be tried again. */
    private boolean requestStop() {
        try {
            JobExecution running = ours();
            if (running == null) {
                return false;
            }
            if (running.getStatus() == BatchStatus.STARTING || running.getStatus() == BatchStatus.STARTED) {
                running.setStatus(BatchStatus.STOPPING);
                repository.update(running); // only the job's row: the steps' rows are the main thread's
                LOG.debug("asked execution {} to stop", running.getId());
            }
            return true; // stopping, or ended already
        } catch (RuntimeException e) {
            // e.g. an optimistic-locking failure when the main thread updated the execution meanwhile
            LOG.debug("stop request failed; trying again", e);
            return false;
        }
    }

    /** This run's execution, once the job operator has created it. */
    private @Nullable JobExecution ours() {
        JobExecution last = repository.getLastJobExecution(jobName, parameters);
        return last == null || last.getId() <= earlierExecution ? null : last;
    }
}
