package nl.weegschaal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.weegschaal.publish.catalog.WaveCatalog;
import nl.weegschaal.spec.SpecLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The WHERE argument of the {@code waves} commands: the catalog file itself, the output folder that holds
 * {@code waves.duckdb}, or a job spec (the catalog of its {@code output.dir}).
 */
final class CatalogArgument {
    static final String DESCRIPTION = "The wave catalog: its file (waves.duckdb), the output folder that holds it, "
            + "or a job spec (the catalog of its output.dir).";

    private CatalogArgument() {
    }

    /** The catalog file {@code where} names. */
    static Path file(CommandSpec command, Path where) {
        if (Files.isDirectory(where)) {
            return WaveCatalog.fileIn(where);
        }
        String name = where.getFileName() == null ? "" : where.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            return WaveCatalog.fileIn(SpecLoader.load(SpecArguments.existing(command, where)).outputDir());
        }
        if (!Files.exists(where) && !name.endsWith(".duckdb")) {
            throw new ParameterException(command.commandLine(), where + " is not there (looked in "
                    + Path.of("").toAbsolutePath() + "); give the wave catalog (waves.duckdb), the output folder that "
                    + "holds it, or a job spec");
        }
        return where;
    }
}
