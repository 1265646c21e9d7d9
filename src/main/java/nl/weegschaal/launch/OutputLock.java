package nl.weegschaal.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import nl.weegschaal.WeegschaalException;
import nl.weegschaal.OutputException;
import org.jspecify.annotations.Nullable;

/**
 * One run at a time writing a result: an operating-system lock on the result's lock file (a wave's
 * {@code .<wave>.lock} in its output folder, see {@link Repositories}). The lock dies with the
 * process, so a run that was killed never blocks the next one.
 */
final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock {@code file}, or throws {@link AlreadyRunningException} saying that another run
     * of {@code what} (a wave's name, {@code weigh --out ...}) holds it.
     */
    static OutputLock acquire(Path file, String what) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // this JVM already runs it
            }
            if (lock == null) {
                channel.close();
                throw new AlreadyRunningException("another run of " + what + " is in progress (it holds " + file
                        + "); this one did nothing");
            }
            recordHolder(channel);
            return new OutputLock(channel, lock);
        } catch (IOException e) {
            throw new OutputException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes who holds the lock (process id, host, process start) into the lock file, so that
     * {@code status} can tell a run in progress from one whose process is gone without taking the
     * lock itself (which could turn away a run starting at that moment).
     */
    private static void recordHolder(FileChannel channel) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String holder = self.pid() + " " + host() + " " + self.info().startInstant().map(Object::toString).orElse("-")
                + "\n";
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(holder.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0);
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "-";
        }
    }

    /**
     * Whether the process recorded in the lock file is alive: true or false when it ran on this
     * machine, null when that cannot be told (no lock file, another machine, an old file).
     */
    static @Nullable Boolean holderAlive(Path file) {
        String[] holder;
        try {
            holder = Files.readString(file).strip().split(" ");
        } catch (IOException e) {
            return null;
        }
        if (holder.length != 3 || !holder[1].equals(host()) || !holder[0].matches("[0-9]{1,18}")) {
            return null;
        }
        return ProcessHandle.of(Long.parseLong(holder[0]))
                // the same process id may since have gone to another process: compare the start
                .filter(p -> p.info().startInstant().map(Object::toString).orElse("-").equals(holder[2]))
                .map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
