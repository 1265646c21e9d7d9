package nl.weegschaal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.weegschaal.publish.xlsx.TrendWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code waves trend WHERE [--waves W1,W2] [--out FILE.xlsx] [--language nl|en]}: the trend workbook of the
 * waves in a catalog, made from the catalog alone.
 */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Write the trend workbook: the waves of a catalog side by side, with the change between them.")
class WavesTrendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WHERE", description = CatalogArgument.DESCRIPTION)
    Path where;

    @Option(names = "--waves", paramLabel = "W1,W2,...", split = ",",
            description = "The waves to show, in this order (default: all, by fieldwork).")
    List<String> waves = List.of();

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "The workbook (default: <output>/trend.xlsx).")
    @Nullable Path out;

    @Option(names = "--language", paramLabel = "nl|en", description = "Language of the texts and labels (default: nl).")
    String language = "nl";

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() {
        if (!language.equals("nl") && !language.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--language must be nl or en, got " + language);
        }
        Path catalog = CatalogArgument.file(spec, where);
        Path target = out != null ? out : catalog.toAbsolutePath().getParent().resolve("trend.xlsx");
        List<String> shown = TrendWorkbook.write(catalog, waves, target, language);
        spec.commandLine().getOut().printf("weegschaal waves trend: wrote %s (%s)%n", target, String.join(", ", shown));
        return ExitCodes.OK;
    }
}
