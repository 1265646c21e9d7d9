package nl.weegschaal.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Runs a record source on a background thread, a batch ahead of its consumer, so that parsing a
 * file and using its records proceed on two cores at once. Records arrive in order; a failure of
 * the source is rethrown to the consumer at the point in the stream where it happened.
 */
final class Prefetcher implements AutoCloseable {
    /** Produces the next record, or null at the end. */
    @FunctionalInterface
    interface Source {
        @Nullable SourceRecord next();
    }

    private static final int BATCH = 1024;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
    private final Thread thread;
    private SourceRecord[] batch = new SourceRecord[0];
    private int position;
    private boolean ended;

    private final String name;

    Prefetcher(Source source, String name) {
        this.name = name;
        thread = new Thread(() -> produce(source), "prefetch-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Source source) {
        try {
            boolean more = true;
            while (more) {
                SourceRecord[] records = new SourceRecord[BATCH];
                int count = 0;
                Throwable failure = null;
                try {
                    SourceRecord record = null;
                    while (count < BATCH && (record = source.next()) != null) {
                        records[count++] = record;
                    }
                    more = record != null;
                } catch (RuntimeException e) {
                    failure = e; // the records read before it still go to the consumer first
                    more = false;
                } catch (OutOfMemoryError e) {
                    // without this the thread would die silently and the consumer wait for ever
                    records = new SourceRecord[0];
                    count = 0;
                    failure = new InputFileException(name + ": not enough memory to read the file (a field or"
                            + " row far larger than expected?); check the export, or give Java more memory (-Xmx)", e);
                    more = false;
                } catch (Error e) {
                    failure = e; // rethrown to the consumer rather than leaving it waiting
                    more = false;
                }
                if (count > 0) {
                    queue.put(count == BATCH ? records : java.util.Arrays.copyOf(records, count));
                }
                if (!more) {
                    queue.put(failure == null ? END : failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next record, or null at the end; rethrows the source's failure where it occurred. */
    @Nullable SourceRecord next() {
        if (position == batch.length) {
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof RuntimeException failure) {
                ended = true;
                throw failure;
            }
            if (item instanceof Error failure) {
                ended = true;
                throw failure;
            }
            batch = (SourceRecord[]) item;
            position = 0;
        }
        return batch[position++];
    }

    @Override
    public void close() {
        thread.interrupt();
        queue.clear();
    }
}
