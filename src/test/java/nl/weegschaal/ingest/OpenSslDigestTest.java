package nl.weegschaal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code openssl}'s checksum is the JDK's, and anything short of a certain answer from the program is no
 * answer, so that the caller takes the checksum another way.
 */
class OpenSslDigestTest {
    @TempDir
    Path dir;

    @Test
    void theMachinesOpenSslGivesTheChecksumTheJdkGives() throws IOException {
        Path program = OpenSslDigest.find(System.getenv("PATH"));
        assumeTrue(program != null, "no openssl on this machine's PATH");
        Path file = Files.createDirectories(dir.resolve("-wave [2024]")).resolve("cati*.csv");
        byte[] bytes = new byte[3 * 1024 * 1024 + 5];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((i * 17L + 3) % 253);
        }
        Files.write(file, bytes);
        assertThat(OpenSslDigest.of(program, file)).contains(FileChecksum.streamed(file));
    }

    @Test
    void aProgramThatFailsOrPrintsNoChecksumGivesNoAnswer() throws IOException {
        Path file = Files.writeString(dir.resolve("export.csv"), "id\n1\n");
        assertThat(OpenSslDigest.of(script("fails", "echo broken >&2; exit 3"), file)).isEmpty();
        assertThat(OpenSslDigest.of(script("prints", "echo 'SHA2-256(x)= not a checksum'"), file)).isEmpty();
        assertThat(OpenSslDigest.of(script("upper", "echo " + "AB".repeat(32) + " '*x'"), file)).isEmpty();
        assertThat(OpenSslDigest.of(dir.resolve("no-such-program"), file)).isEmpty();
    }

    @Test
    void aFileThatIsNotThereGivesNoAnswer() {
        assertThat(OpenSslDigest.of(dir.resolve("gone.csv"))).isEmpty();
    }

    @Test
    void theProgramIsFoundOnThePathOnlyWhereItCanBeRun() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("openssl"), "not a program");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path program = executable(bin.resolve("openssl"), "exit 0");
        assertThat(OpenSslDigest.find(String.join(":", empty.toString(), "", plain.toString(), bin.toString())))
                .isEqualTo(program);
        assertThat(OpenSslDigest.find(empty.toString())).isNull();
        Path here = Path.of("").toAbsolutePath().relativize(bin);
        assertThat(OpenSslDigest.find(here.toString())).as("a relative folder of the PATH is not searched").isNull();
        assertThat(OpenSslDigest.find(null)).isNull();
    }

    private Path script(String name, String body) throws IOException {
        return executable(dir.resolve(name), body);
    }

    private static Path executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
