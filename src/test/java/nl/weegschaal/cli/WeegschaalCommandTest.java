package nl.weegschaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line is built with only the subcommand the arguments name (a faster start); that
 * subcommand must be the very one the full command line has: the same usage, options and help.
 */
class WeegschaalCommandTest {
    @Test
    void aSubcommandBuiltAloneIsTheSameAsInTheFullCommandLine() {
        Map<String, CommandLine> all = WeegschaalCommand.commandLine().getSubcommands();
        assertThat(all.keySet()).containsExactly("run", "restart", "status", "workbook", "weigh", "compare", "waves", "digest",
                "generate", "help");
        for (String name : all.keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine alone = WeegschaalCommand.commandLine(name, "--debug").getSubcommands().get(name);
            assertThat(WeegschaalCommand.commandLine(name).getSubcommands()).as(name).containsOnlyKeys(name);
            assertThat(alone.getUsageMessage()).as(name).isEqualTo(all.get(name).getUsageMessage());
        }
    }

    @Test
    void withoutAKnownCommandEveryCommandIsThereToListOrSuggest() {
        assertThat(WeegschaalCommand.commandLine("rnu").getSubcommands()).hasSize(10);
        assertThat(WeegschaalCommand.commandLine("--version").getSubcommands()).hasSize(10);
        assertThat(WeegschaalCommand.commandLine("help", "weigh").getSubcommands()).hasSize(10);
    }
}
