package nl.weegschaal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code waves}: the wave catalog of an output folder ({@code waves.duckdb}), through its subcommands. A new
 * subcommand is one more class in {@code subcommands} below.
 */
@Command(name = "waves", mixinStandardHelpOptions = true,
        description = "The wave catalog of an output folder (waves.duckdb): every completed wave run registers its "
                + "wave there, for queries and trends over the waves.",
        subcommands = {WavesListCommand.class, WavesRemoveCommand.class, WavesTrendCommand.class})
class WavesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "waves needs a subcommand: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
