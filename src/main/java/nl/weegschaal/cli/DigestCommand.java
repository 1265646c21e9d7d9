package nl.weegschaal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.weegschaal.publish.duckdb.ResultDigest;
import nl.weegschaal.result.TableDigest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digest RESULT}: one line per table with its rows and a hash of its content, to check that
 * two results are the same (e.g. {@code diff <(weegschaal digest a.duckdb) <(weegschaal digest b.duckdb)}).
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Print each table of a result file with its rows and a hash of its content "
                + "(runs and inputs, which record when a run happened, are left out).")
class DigestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULT", description = "A result file (.duckdb) of run or weigh.")
    Path result;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (TableDigest table : ResultDigest.of(result)) {
            out.printf("%-20s %,10d rows  %s%n", table.table(), table.rows(), table.md5());
        }
        return ExitCodes.OK;
    }
}
