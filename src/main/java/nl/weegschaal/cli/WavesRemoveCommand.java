package nl.weegschaal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.weegschaal.job.WaveCatalogs;
import nl.weegschaal.publish.catalog.WaveCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code waves remove WHERE WAVE}: removes a wave from the catalog (its copies, its row, the changes touching it;
 * the change between its neighbours is computed again), in one transaction. Its result file stays as it is.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove a wave from a wave catalog (its result file stays as it is).")
class WavesRemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHERE", description = CatalogArgument.DESCRIPTION)
    Path where;

    @Parameters(index = "1", paramLabel = "WAVE", description = "The wave to remove (its wave: key, e.g. wave-2024).")
    String wave;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() {
        WaveCatalog catalog = WaveCatalogs.at(CatalogArgument.file(spec, where));
        catalog.remove(wave);
        spec.commandLine().getOut().printf("weegschaal waves: removed %s from %s; its result file was left as it "
                + "was%n", wave, catalog.file());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
