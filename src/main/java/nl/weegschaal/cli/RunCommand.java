package nl.weegschaal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.weegschaal.job.WaveCatalogs;
import nl.weegschaal.launch.WaveOutcome;
import nl.weegschaal.launch.WaveRunner;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run SPEC}: the wave job ({@link WaveRunner}). The same spec on the same inputs is done once
 * (exit 3 the next time); a run that failed, died or was stopped is continued from that step; a run
 * of the same wave in progress elsewhere (in the same output folder, or anywhere with the same
 * PostgreSQL job repository) makes this one stop at once (exit 75).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the wave job of a spec: exports to weighted tables in <output>/<wave>.duckdb.")
class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "The wave's job spec (YAML).")
    Path specFile;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    /** {@code run}, or {@code restart}: continue the last run, which must not have completed. */
    WaveRunner.Mode mode() {
        return WaveRunner.Mode.RUN;
    }

    @Override
    public Integer call() throws Exception {
        WaveSpec wave = SpecLoader.load(SpecArguments.existing(spec, specFile));
        WaveOutcome outcome = WaveRunner.run(wave, specFile, mode());
        if (outcome instanceof WaveOutcome.AlreadyDone done) {
            if (done.registered()) {
                spec.commandLine().getOut().printf("weegschaal run: %s was not in the wave catalog %s; "
                        + "registered it now%n", wave.wave(), WaveCatalogs.of(wave).file());
            }
            spec.commandLine().getOut().printf("weegschaal run: %s is already done (run %d of %s, "
                    + "same spec and inputs); nothing changed%n", wave.wave(), done.run(), done.ended());
            return ExitCodes.ALREADY_DONE;
        }
        new WaveSummary(spec.commandLine().getOut()).print(wave, (WaveOutcome.Done) outcome);
        return ExitCodes.OK;
    }
}
