package nl.weegschaal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A bad command line in two lines: what is wrong, naming the option, and where the options are
 * explained. Picocli's default prints the whole usage, 35 lines that scroll the error out of sight,
 * and names Java types and exceptions; a statistician needs the one wrong word and, for a misspelt
 * option or command, the one that was meant.
 */
final class UsageErrors implements IParameterExceptionHandler {
    static final String PREFIX = "weegschaal: error: ";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(PREFIX + problem(ex));
        err.println(hint(commandLine));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Where to read more: the command's own help. */
    static String hint(CommandLine commandLine) {
        boolean hasCommands = !commandLine.getSubcommands().isEmpty();
        return "run `" + commandLine.getCommandSpec().qualifiedName() + " --help` for the "
                + (hasCommands ? "commands" : "options");
    }

    /**
     * The problem in words. An unknown word comes first even when picocli found required options
     * missing too: {@code --response R.csv} leaves {@code --responses} missing, but the misspelling
     * is what to fix.
     */
    static String problem(ParameterException ex) {
        List<String> unmatched = ex instanceof UnmatchedArgumentException u ? u.getUnmatched()
                : ex.getCommandLine().getUnmatchedArguments();
        if (!unmatched.isEmpty()) {
            return unknown(ex.getCommandLine(), unmatched);
        }
        if (ex instanceof MissingParameterException missing) {
            return missing(missing.getMissing());
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() != null) {
            return name(ex.getArgSpec()) + ": " + inWords(ex.getCause().getMessage());
        }
        return ex.getMessage();
    }

    /** An unknown option, command or argument, with what was probably meant. */
    private static String unknown(CommandLine commandLine, List<String> unmatched) {
        String word = unmatched.get(0);
        String name = word.startsWith("-") && word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        List<String> meant = new UnmatchedArgumentException(commandLine, new ArrayList<>(List.of(name)))
                .getSuggestions();
        String kind = name.startsWith("-") ? "unknown option"
                : commandLine.getSubcommands().isEmpty() ? "unexpected argument" : "unknown command";
        String problem = kind + " '" + name + "'";
        return meant.isEmpty() ? problem : problem + "; did you mean " + meant.get(0) + "?";
    }

    /** Picocli's converters name Java types ("'abc' is not a double"); a statistician reads "a number". */
    private static String inWords(String message) {
        return message.replaceAll(" is not an? (double|float|BigDecimal)$", " is not a number")
                .replaceAll(" is not an? (int|long|short|byte|BigInteger)$", " is not a whole number");
    }

    private static String missing(List<ArgSpec> missing) {
        String names = missing.stream().map(UsageErrors::withLabel).collect(Collectors.joining(", "));
        return "missing " + names + (missing.size() == 1 ? ", which is required" : ", which are required");
    }

    private static String withLabel(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + " " + option.paramLabel() : arg.paramLabel();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
