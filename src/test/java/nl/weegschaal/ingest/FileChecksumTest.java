package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's checksum is the same whichever of the two ways takes it; the expected values are sha256sum's
 * (and Python's hashlib's) of the same bytes.
 */
class FileChecksumTest {
    /** 9 MiB + 13 bytes, byte i = (31 i + 7) mod 251: above the size DuckDB hashes. */
    private static final String LARGE = "630bf06c94f55f2d32ba5cc8cf1e3fdaa91231283ee78648be22dafd6f5f0a04";

    @TempDir
    Path dir;

    private static Path large(Path file) throws IOException {
        byte[] bytes = new byte[9 * 1024 * 1024 + 13];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((i * 31L + 7) % 251);
        }
        return Files.write(file, bytes);
    }

    @Test
    void aLargeFileIsHashedByDuckDbAsTheJdkHashesIt() throws IOException {
        Path file = large(dir.resolve("large.csv"));
        assertThat(file.toFile().length()).isGreaterThanOrEqualTo(FileChecksum.NATIVE_FROM);
        assertThat(FileChecksum.byDuckDb(file)).contains(new FileChecksum(9 * 1024 * 1024 + 13, LARGE));
        assertThat(FileChecksum.streamed(file)).isEqualTo(new FileChecksum(9 * 1024 * 1024 + 13, LARGE));
        assertThat(FileChecksum.of(file).sha256()).isEqualTo(LARGE);
    }

    @Test
    void aPathDuckDbWouldReadAsAPatternIsHashedByTheJdk() throws IOException {
        Path file = large(Files.createDirectories(dir.resolve("wave [2024]")).resolve("cati*.csv"));
        assertThat(FileChecksum.byDuckDb(file)).isEmpty();
        assertThat(FileChecksum.of(file).sha256()).isEqualTo(LARGE);
    }

    @Test
    void aSmallFileIsHashedByTheJdk() throws IOException {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        assertThat(FileChecksum.of(file)).isEqualTo(
                new FileChecksum(3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    @Test
    void aFileThatIsNotThereIsAnErrorNamingIt() {
        Path missing = dir.resolve("gone.csv");
        assertThat(FileChecksum.byDuckDb(missing)).isEmpty();
        assertThatThrownBy(() -> InputFile.describe("responses", missing)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("gone.csv").hasMessageContaining("cannot read the file to record its checksum")
                .hasCauseInstanceOf(NoSuchFileException.class);
    }
}
