package nl.weegschaal.job;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Work of a step done on a thread of its own beside the step's: plain Java on what the step has
 * read already, or on a file of its own, never the work store's connection (which stays with the
 * step's thread), nor the job's scoped beans (which only the step's thread can reach).
 */
final class Background {
    private Background() {
    }

    /** Starts the work on a new daemon thread of that name. */
    static <T> Future<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Starts work without a result on a new daemon thread of that name. */
    static Future<?> start(String name, Runnable work) {
        return start(name, java.util.concurrent.Executors.callable(work));
    }

    /** The work's result once it is done, or the exception it ended with. */
    static <T> T done(Future<T> work) throws Exception {
        try {
            return work.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
