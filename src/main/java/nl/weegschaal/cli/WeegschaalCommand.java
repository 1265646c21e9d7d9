package nl.weegschaal.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code weegschaal}: the top-level command; its subcommands do the work. */
@Command(name = "weegschaal", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns employer-survey exports into weighted, publishable tables.")
class WeegschaalCommand {
    /** The subcommands by name, in the order the help lists them (then {@code help}). */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    /**
     * The command line for {@code args}: with only the subcommand they name, because picocli reads
     * every option of every subcommand it is given by reflection, a tenth of a second at every start;
     * with all of them when they name none (help, {@code --version}, a misspelt command, for which
     * picocli lists them or suggests one).
     */
    static CommandLine commandLine(String... args) {
        CommandLine root = new CommandLine(new WeegschaalCommand());
        Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            return root.addSubcommand(args[0], named.get());
        }
        SUBCOMMANDS.forEach((name, command) -> root.addSubcommand(name, command.get()));
        return root.addSubcommand("help", new CommandLine.HelpCommand());
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("run", RunCommand::new);
        commands.put("restart", RestartCommand::new);
        commands.put("status", StatusCommand::new);
        commands.put("workbook", WorkbookCommand::new);
        commands.put("weigh", WeighCommand::new);
        commands.put("compare", CompareCommand::new);
        commands.put("waves", WavesCommand::new);
        commands.put("digest", DigestCommand::new);
        commands.put("generate", GenerateCommand::new);
        return Collections.unmodifiableMap(commands);
    }
}
