package nl.weegschaal.cli;

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
 * One run of a wave at a time: an operating-system lock on {@code .<wave>.lock} in the output folder.
 * The lock dies with the process, so a run that was killed never blocks the next one.
 */
final class WaveLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WaveLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The wave's lock file in its output folder. */
    static Path file(Path outputDir, String wave) {
        return outputDir.resolve("." + wave + ".lock");
    }

    static WaveLock acquire(Path outputDir, String wave) {
        Path file = file(outputDir, wave);
        try {
            Files.createDirectories(outputDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // this JVM already runs the wave
            }
            if (lock == null) {
                channel.close();
                throw new AlreadyRunningException("another run of " + wave + " is in progress (it holds " + file
                        + "); this one did nothing");
            }
            recordHolder(channel);
            return new WaveLock(channel, lock);
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
     * Whether the process recorded in the wave's lock file is alive: true or false when it ran on
     * this machine, null when that cannot be told (no lock file, another machine, an old file).
     */
    static @Nullable Boolean holderAlive(Path outputDir, String wave) {
        String[] holder;
        try {
            holder = Files.readString(file(outputDir, wave)).strip().split(" ");
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

    /** Another process is running the same wave. */
    static final class AlreadyRunningException extends WeegschaalException {
        AlreadyRunningException(String message) {
            super(message);
        }
    }
}
