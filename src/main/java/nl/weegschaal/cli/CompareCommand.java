package nl.weegschaal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.weegschaal.compare.Compare;
import nl.weegschaal.compare.CompareSummary;
import nl.weegschaal.compare.Comparison;
import nl.weegschaal.compare.ComparisonKind;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code compare OLD NEW}: what changed between two result files, into a changes file. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two result files (two waves, or two weightings of one wave): changes per cell, "
                + "in the weights and in the frame.")
class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier result file (.duckdb).")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later result file (.duckdb).")
    Path newFile;

    @Option(names = "--out", paramLabel = "FILE.duckdb",
            description = "The changes file (default: <NEW without .duckdb>.changes.duckdb beside NEW).")
    @Nullable Path out;

    @Option(names = "--comparison", paramLabel = "auto|independent|overlapping|same-respondents",
            defaultValue = "auto", description = "Independent samples, samples that share establishments (matched by "
                    + "id), or the same respondents (default: auto: the same respondents when the response inputs' "
                    + "checksums are equal, else overlapping when establishments are in both results, else independent).")
    String comparison;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() {
        ComparisonKind kind = switch (comparison) {
            case "auto" -> null;
            case "independent" -> ComparisonKind.INDEPENDENT;
            case "overlapping" -> ComparisonKind.OVERLAPPING;
            case "same-respondents" -> ComparisonKind.SAME_RESPONDENTS;
            default -> throw new ParameterException(spec.commandLine(),
                    "--comparison must be auto, independent, overlapping or same-respondents, got " + comparison);
        };
        Path target = out != null ? out : Compare.defaultOutput(newFile);
        Comparison result = Compare.run(oldFile, newFile, target, kind);
        CompareSummary.print(spec.commandLine().getOut(), result, target);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
