package nl.weegschaal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.weegschaal.job.WaveCatalogs;
import nl.weegschaal.publish.catalog.CatalogWave;
import nl.weegschaal.publish.catalog.ListedWave;
import nl.weegschaal.publish.catalog.WaveCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code waves list WHERE}: one line per registered wave, in the catalog's order, and a line for each wave whose
 * result file is missing, moved or changed since it was registered (the catalog still answers from its copy).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the waves of a wave catalog, and the waves whose result file is missing or changed.")
class WavesListCommand implements Callable<Integer> {
    private static final DateTimeFormatter REGISTERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String ROW = "%-14s %-25s %-19s %-12s %11s  %s%n";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WHERE", description = CatalogArgument.DESCRIPTION)
    Path where;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() {
        WaveCatalog catalog = WaveCatalogs.at(CatalogArgument.file(spec, where));
        List<ListedWave> waves = catalog.list();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("weegschaal waves: %d wave%s in %s%n", waves.size(), waves.size() == 1 ? "" : "s", catalog.file());
        if (!waves.isEmpty()) {
            out.printf(ROW, "wave", "fieldwork", "registered", "method", "respondents", "result file");
        }
        for (ListedWave listed : waves) {
            CatalogWave w = listed.wave();
            out.printf(ROW, w.wave(), w.fieldworkFrom() == null ? "-" : w.fieldworkFrom() + " to " + w.fieldworkTo(),
                    REGISTERED.format(w.registeredAt()), w.method() == null ? "-" : w.method(),
                    listed.respondents() == null ? "-" : String.format("%,d", listed.respondents()), w.resultFile());
            String problem = switch (listed.result()) {
                case MISSING -> "is no longer there (moved or deleted)";
                case CHANGED -> "has changed since it was registered (its size or checksum differs); run the wave "
                        + "again to register the new result";
                case UNCHANGED -> null;
            };
            if (problem != null) {
                out.printf("  ! %s: the result file %s %s; the catalog answers from its copy of the registered "
                        + "result%n", w.wave(), w.resultFile(), problem);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
