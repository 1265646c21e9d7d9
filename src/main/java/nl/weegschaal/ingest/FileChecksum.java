package nl.weegschaal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The size and SHA-256 of a file. A large file is hashed by the machine's {@code openssl}
 * ({@link OpenSslDigest}), else by DuckDB ({@code sha256} of {@code read_blob}); a small one, or one neither
 * can read, by the JDK's {@link MessageDigest}. Why three: the launcher runs the JVM with C1 only, which
 * has no SHA-256 intrinsic, so the JDK hashes about 70 MB/s where DuckDB's native code hashes about
 * 160 MB/s and OpenSSL, with the processor's SHA instructions, about 1 GB/s (a 60 MB export: 0.8-0.9 s,
 * 0.37 s, 0.06 s); for a small file the JDK is quicker than starting a program or a DuckDB statement.
 * DuckDB holds the file in memory while it hashes it, so it hashes no file larger than {@value #NATIVE_UP_TO}
 * bytes.
 *
 * @param bytes  the file's size
 * @param sha256 its SHA-256, in lower-case hexadecimal
 */
record FileChecksum(long bytes, String sha256) {
    /** The smallest file {@code openssl} or DuckDB hashes. */
    static final long NATIVE_FROM = 8L << 20;
    /** The largest file DuckDB hashes. */
    static final long NATIVE_UP_TO = 1L << 30;

    /** The file's size and checksum. */
    static FileChecksum of(Path file) throws IOException {
        long size = Files.size(file);
        if (size >= NATIVE_FROM) {
            Optional<FileChecksum> hashed = OpenSslDigest.of(file);
            if (hashed.isEmpty() && size <= NATIVE_UP_TO) {
                hashed = byDuckDb(file);
            }
            if (hashed.isPresent()) {
                return hashed.get();
            }
        }
        return streamed(file);
    }

    /**
     * The checksum DuckDB takes, or empty when it cannot: a path it would read as a pattern of files
     * ({@code read_blob} reads globs), or a file it fails to read, whose problem the JDK's reading then names.
     */
    static Optional<FileChecksum> byDuckDb(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.chars().anyMatch(c -> "*?[]{}".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement statement = connection.prepareStatement("SELECT size, sha256(content) FROM read_blob(?)")) {
            statement.setString(1, path);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(new FileChecksum(result.getLong(1), result.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The checksum the JDK takes, reading the file once. */
    static FileChecksum streamed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long bytes = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                bytes += read;
            }
            return new FileChecksum(bytes, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
