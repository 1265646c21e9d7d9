package nl.weegschaal.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
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
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            byte[] bytes = buffer.array();
            long lineEnds = 0;
            byte last = '\n';
            boolean carriageReturn = false;
            int n;
            while ((n = channel.read(buffer.clear())) >= 0) {
                for (int i = 0; i < n; i++) {
                    byte b = bytes[i];
                    if (b == 0 || carriageReturn && b != '\n') {
                        return OptionalLong.empty();
                    }
                    carriageReturn = b == '\r';
                    if (b == '\n') {
                        lineEnds++;
                    }
                }
                last = n > 0 ? bytes[n - 1] : last;
            }
            if (carriageReturn) {
                return OptionalLong.empty();
            }
            long lines = last == '\n' ? lineEnds : lineEnds + 1;
            return OptionalLong.of(Math.max(0, lines - 1));
        } catch (IOException e) {
            return OptionalLong.empty(); // the record-by-record reader says what is wrong with the file
        }
    }
}
