package nl.weegschaal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.weegschaal.FileIdentity;
import nl.weegschaal.ingest.InputFileException;
import nl.weegschaal.OutputException;

/**
 * Checks the files {@code weigh} is given before anything runs: the result must not replace an
 * input or a job repository, and must be a file in a folder. The result is written to a
 * temporary file and moved over {@code --out}, so an {@code --out} that names the frame (also
 * through a symbolic link, a hard link or {@code dir/../frame.csv}) would otherwise replace it.
 */
final class WeighPaths {
    private WeighPaths() {
    }

    /**
     * @throws OutputException     when {@code out} cannot be the result file, naming the option
     * @throws InputFileException  when the responses and the frame are one file
     */
    static void check(Path responses, Path frame, Path out) {
        if (FileIdentity.sameFile(responses, frame)) {
            throw new InputFileException("--responses " + responses + " and --frame " + frame + " are the same file; "
                    + "the frame has one row per stratum and the responses one row per respondent");
        }
        notAnInput(out, "--responses", responses, "the responses");
        notAnInput(out, "--frame", frame, "the population frame");
        notARepository(out);
        if (Files.isDirectory(out)) {
            throw new OutputException("--out " + out + " is a folder; name the result file in it, e.g. "
                    + out.resolve("result.duckdb"));
        }
        for (Path folder = absolute(out).getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new OutputException("--out " + out + ": " + folder + " is a file, not a folder; "
                            + "the result cannot be written in it");
                }
                return;
            }
        }
    }

    /**
     * Job repositories and lock files are kept in {@code $WEEGSCHAAL_HOME/weigh/}, in a wave's
     * {@code <output>/.weegschaal/} and, before each result had its own, in {@code $WEEGSCHAAL_HOME}
     * ({@code job-repository.mv.db}); a result written there could replace one.
     */
    private static void notARepository(Path out) {
        Path canonical = Repositories.canonical(out);
        Path home = Repositories.canonical(Repositories.home());
        Path folder = canonical.startsWith(Repositories.canonical(Repositories.weighFolder()))
                ? Repositories.weighFolder() : null;
        for (Path up = canonical.getParent(); folder == null && up != null; up = up.getParent()) {
            folder = up.getFileName() != null && up.getFileName().toString().equals(".weegschaal") ? up : null;
        }
        String name = String.valueOf(canonical.getFileName());
        if (name.startsWith("job-repository.") && (folder != null || home.equals(canonical.getParent()))) {
            throw new OutputException("--out " + out + " is weegschaal's job repository (" + canonical
                    + "); writing the result there would destroy it; name another file");
        }
        if (folder != null) {
            throw new OutputException("--out " + out + " is in " + folder + ", where weegschaal keeps its job "
                    + "repositories; writing the result there could destroy one; name a file elsewhere");
        }
    }

    static void notAnInput(Path out, String option, Path input, String what) {
        if (FileIdentity.sameFile(out, input)) {
            String how = absolute(out).equals(absolute(input)) ? ""
                    : real(out).equals(real(input)) ? " (both lead to " + real(input) + ")" : " (a hard link to it)";
            throw new OutputException("--out " + out + " is the " + option + " file " + input + how
                    + "; writing the result there would replace " + what + "; name another result file");
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return absolute(path);
        }
    }
}
