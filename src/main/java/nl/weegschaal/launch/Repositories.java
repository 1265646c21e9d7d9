package nl.weegschaal.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where a run keeps its job repository (an H2 file, unless SPRING_DATASOURCE_URL names another
 * database) and its lock file by default: one of each per result, so that runs writing different
 * results never share an H2 file, which H2 serves from whichever process opened it first (its
 * {@code AUTO_SERVER} mode) and which fails the others when that process ends.
 *
 * <p>A wave keeps them in its output folder ({@code <output>/.weegschaal/<wave>/job-repository},
 * {@code <output>/.<wave>.lock}); {@code weigh}, whose result folder holds nothing but results,
 * keeps them in {@code $WEEGSCHAAL_HOME/weigh/} (default {@code ~/.weegschaal}), named after the
 * result: its file name and a hash of its full path.
 */
final class Repositories {
    private static final String REPOSITORY = "job-repository";
    /** The longest part of a result's file name that goes into the name of its repository's folder. */
    private static final int NAME_LENGTH = 100;

    private Repositories() {
    }

    /** The wave's job repository: an H2 file in its output folder, of its own among the waves there. */
    static Path wave(WaveSpec spec) {
        return spec.outputDir().resolve(".weegschaal").resolve(spec.wave()).resolve(REPOSITORY);
    }

    /** The wave's lock file in its output folder. */
    static Path waveLock(Path outputDir, String wave) {
        return outputDir.resolve("." + wave + ".lock");
    }

    /** The folder of the job repositories and lock files of {@code weigh}'s results. */
    static Path weighFolder() {
        return home().resolve("weigh");
    }

    /** The job repository of {@code weigh}'s runs that write {@code out}. */
    static Path weigh(Path out) {
        return weighFolder().resolve(weighKey(out)).resolve(REPOSITORY);
    }

    /** The lock file of {@code weigh}'s runs that write {@code out}. */
    static Path weighLock(Path out) {
        return weighFolder().resolve(weighKey(out) + ".lock");
    }

    /** The file in which H2 keeps the repository {@code repository}. */
    static Path h2File(Path repository) {
        return repository.resolveSibling(repository.getFileName() + ".mv.db");
    }

    /**
     * The name of a result's repository and lock: its file name, readable, and the first 12 hex digits
     * of the SHA-256 of its {@link #canonical} path, so that two spellings of one result share them and
     * two results of one name in different folders do not.
     */
    static String weighKey(Path out) {
        Path canonical = canonical(out);
        String name = canonical.getFileName() == null ? "result" : canonical.getFileName().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return name.substring(0, Math.min(name.length(), NAME_LENGTH)) + "-"
                    + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A path as the file system sees it: absolute, and through the real path of the nearest folder
     * on it that exists, so that {@code ./r.duckdb}, {@code /data/r.duckdb} and a path through a
     * symbolic link to {@code /data} are one result. (A result is replaced, not followed, when it is
     * written, so a link in its own place is not resolved.)
     */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path folder = absolute;
        Path below = null;
        if (!Files.isDirectory(absolute)) {
            folder = absolute.getParent();
            below = absolute.getFileName();
        }
        while (folder != null && folder.getFileName() != null && !Files.isDirectory(folder)) {
            below = below == null ? folder.getFileName() : folder.getFileName().resolve(below);
            folder = folder.getParent();
        }
        try {
            Path real = folder == null ? absolute : folder.toRealPath();
            return below == null || folder == null ? real : real.resolve(below);
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * {@code $WEEGSCHAAL_HOME} (default {@code ~/.weegschaal}), absolute: H2 refuses paths relative to
     * the working directory, and a scheduled run must not depend on where it was started.
     */
    static Path home() {
        String home = System.getProperty("weegschaal.home", System.getenv("WEEGSCHAAL_HOME"));
        Path base = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".weegschaal")
                : Path.of(home);
        return base.toAbsolutePath().normalize();
    }

    /** Whether the context's job repository is an H2 file rather than one set by SPRING_DATASOURCE_URL. */
    static boolean isDefault(ConfigurableApplicationContext context) {
        return String.valueOf(context.getBean(DataSourceProperties.class).determineUrl()).startsWith("jdbc:h2:file:");
    }
}
