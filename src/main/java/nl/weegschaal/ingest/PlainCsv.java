package nl.weegschaal.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * Whether a CSV export can be read in bulk, by a reader that knows nothing of lines, with the same
 * records and line numbers as {@link CsvRecordReader}: a UTF-8 file without NUL bytes or bare
 * carriage returns, in which, if every line after the header is a record, the records number as
 * many as the lines. The caller compares that number with the records the bulk reader found: a
 * blank line or a line end inside a quoted cell makes them differ, and the file is then read record
 * by record, as before.
 */
public final class PlainCsv {
    private static final int BUFFER = 1 << 20;

    private PlainCsv() {
    }

    /**
     * The number of records the file has if it has one per line after the header; empty when it
     * cannot be plain (another encoding, a NUL byte, a carriage return not followed by a line feed).
     */
    public static OptionalLong records(Path file, java.nio.charset.Charset encoding) {
        if (!encoding.equals(StandardCharsets.UTF_8)) {
            return OptionalLong.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
            Scan scan = new Scan();
            int n;
            while ((n = channel.read(buffer.clear())) >= 0) {
                if (!scan.block(buffer, n)) {
                    return OptionalLong.empty();
                }
            }
            if (scan.carriageReturn) {
                return OptionalLong.empty();
            }
            long lines = scan.last == '\n' ? scan.lineEnds : scan.lineEnds + 1;
            return OptionalLong.of(Math.max(0, lines - 1));
        } catch (IOException e) {
            return OptionalLong.empty(); // the record-by-record reader says what is wrong with the file
        }
    }

    /**
     * The line ends of a file read a block at a time, eight bytes at once where they hold no NUL byte and no
     * carriage return (the bytes the check must look at one by one), which is most of a file.
     */
    private static final class Scan {
        private static final long ONES = 0x0101010101010101L;
        private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
        long lineEnds;
        byte last = '\n';
        boolean carriageReturn;

        /** Scans the first {@code n} bytes of the buffer; false when the file cannot be plain. */
        boolean block(ByteBuffer buffer, int n) {
            int i = 0;
            for (; i + Long.BYTES <= n; i += Long.BYTES) {
                long word = buffer.getLong(i);
                if (!carriageReturn && zeroBytes(word) == 0 && zeroBytes(word ^ '\r' * ONES) == 0) {
                    lineEnds += Long.bitCount(zeroBytes(word ^ '\n' * ONES));
                } else if (!bytes(buffer, i, i + Long.BYTES)) {
                    return false;
                }
            }
            if (!bytes(buffer, i, n)) {
                return false;
            }
            last = n > 0 ? buffer.get(n - 1) : last;
            return true;
        }

        private boolean bytes(ByteBuffer buffer, int from, int to) {
            for (int i = from; i < to; i++) {
                byte b = buffer.get(i);
                if (b == 0 || carriageReturn && b != '\n') {
                    return false;
                }
                carriageReturn = b == '\r';
                if (b == '\n') {
                    lineEnds++;
                }
            }
            return true;
        }

        /** The high bit of every byte of the word that is zero, and no other bit. */
        private static long zeroBytes(long word) {
            return ~(((word & LOW7) + LOW7) | word | LOW7);
        }
    }
}
