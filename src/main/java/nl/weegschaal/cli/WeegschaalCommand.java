package nl.weegschaal.cli;

import picocli.CommandLine.Command;

/** {@code weegschaal}: the top-level command; its subcommands do the work. */
@Command(name = "weegschaal", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns employer-survey exports into weighted, publishable tables.",
        subcommands = {RunCommand.class, RestartCommand.class, StatusCommand.class, WorkbookCommand.class, WeighCommand.class,
                CompareCommand.class, DigestCommand.class,
                GenerateCommand.class, picocli.CommandLine.HelpCommand.class})
class WeegschaalCommand {
}
