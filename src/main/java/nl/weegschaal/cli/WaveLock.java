package nl.weegschaal.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import nl.weegschaal.WeegschaalException;
import nl.weegschaal.publish.OutputException;

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

    static WaveLock acquire(Path outputDir, String wave) {
        Path file = outputDir.resolve("." + wave + ".lock");
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
            return new WaveLock(channel, lock);
        } catch (IOException e) {
            throw new OutputException("cannot lock " + file + ": " + e.getMessage(), e);
        }
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
