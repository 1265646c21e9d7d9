package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PlainCsv} reads eight bytes at once: line ends, carriage returns and NUL bytes are found
 * wherever they fall within a word or across two words or two blocks, as a byte-by-byte reading finds them.
 */
class PlainCsvTest {
    @TempDir
    Path dir;

    @Test
    void lineEndsCarriageReturnsAndNulBytesAreFoundWhereverTheyFallInAWord() throws Exception {
        Random random = new Random(15);
        byte[] alphabet = "ab;\n\n\r\u00e9".getBytes(StandardCharsets.UTF_8);
        for (int trial = 0; trial < 400; trial++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(50) == 0 ? 0 : alphabet[random.nextInt(alphabet.length)];
            }
            Path file = Files.write(dir.resolve("f" + trial + ".csv"), bytes);
            assertThat(PlainCsv.records(file, StandardCharsets.UTF_8)).as("file %s", java.util.Arrays.toString(bytes))
                    .isEqualTo(byteByByte(bytes));
        }
    }

    @Test
    void aWindowsLineEndAcrossTwoBlocksOfTheReadIsOneLineEnd() throws Exception {
        byte[] bytes = new byte[(1 << 20) + 8];
        java.util.Arrays.fill(bytes, (byte) 'x');
        bytes[(1 << 20) - 1] = '\r';
        bytes[1 << 20] = '\n';
        bytes[bytes.length - 1] = '\n';
        Path file = Files.write(dir.resolve("long.csv"), bytes);
        assertThat(PlainCsv.records(file, StandardCharsets.UTF_8)).hasValue(1);
        bytes[1 << 20] = 'y';
        Files.write(file, bytes);
        assertThat(PlainCsv.records(file, StandardCharsets.UTF_8)).as("a bare carriage return").isEmpty();
    }

    /** What a byte-by-byte reading says of the file. */
    private static OptionalLong byteByByte(byte[] bytes) {
        long lineEnds = 0;
        boolean carriageReturn = false;
        for (byte b : bytes) {
            if (b == 0 || carriageReturn && b != '\n') {
                return OptionalLong.empty();
            }
            carriageReturn = b == '\r';
            lineEnds += b == '\n' ? 1 : 0;
        }
        if (carriageReturn) {
            return OptionalLong.empty();
        }
        long lines = bytes.length == 0 || bytes[bytes.length - 1] == '\n' ? lineEnds : lineEnds + 1;
        return OptionalLong.of(Math.max(0, lines - 1));
    }
}
