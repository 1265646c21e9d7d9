package nl.weegschaal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.weegschaal.generate.FollowUp;
import nl.weegschaal.generate.FollowUpWaveGenerator;
import nl.weegschaal.generate.GeneratedExports;
import nl.weegschaal.generate.GeneratedFollowUp;
import nl.weegschaal.generate.GeneratedWave;
import nl.weegschaal.generate.WaveExportGenerator;
import nl.weegschaal.generate.SyntheticWaveGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a synthetic wave (responses and frame) of any size, deterministic per seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic employer-survey wave (responses.csv, frame.csv) into a folder.")
class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for responses.csv and frame.csv.")
    Path out;

    @Option(names = "--respondents", defaultValue = "2306", description = "Number of respondents (default: ${DEFAULT-VALUE}).")
    int respondents;

    @Option(names = "--seed", defaultValue = "2024", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--exports", description = "Write raw exports (cati.csv, cawi.xlsx, frame.csv) as the wave job "
            + "reads them, with SBI codes and employee counts instead of ready-made strata.")
    boolean exports;

    @Option(names = "--cawi-share", defaultValue = "0.037",
            description = "With --exports: the share of respondents in the online export (default: ${DEFAULT-VALUE}).")
    double cawiShare;

    @Option(names = "--bad-records", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --exports: plant a handful of bad records (default: on).")
    boolean badRecords;

    @Option(names = "--follow-up-of", paramLabel = "SEED",
            description = "With --exports: write a later wave of the same establishments as the wave generated with "
                    + "this seed: about --overlap of each stratum's respondents answered that wave too (same id).")
    Long followUpOf;

    @Option(names = "--follow-up-respondents", paramLabel = "N",
            description = "With --follow-up-of: the respondents of the earlier wave (default: --respondents).")
    Integer followUpRespondents;

    @Option(names = "--overlap", defaultValue = "0.5", paramLabel = "SHARE",
            description = "With --follow-up-of: the share of each stratum's respondents that answered the earlier "
                    + "wave, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double overlap;

    @Option(names = "--register", description = "Also write every respondent's employees and three numeric answers "
            + "(vacatures, banen_verlies_verwacht, opgeleid), and totals.csv to calibrate to (--calibrate).")
    boolean register;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (followUpOf != null) {
            return followUp();
        }
        if (followUpRespondents != null || spec.commandLine().getParseResult().hasMatchedOption("--overlap")) {
            throw new ParameterException(spec.commandLine(), "--follow-up-respondents and --overlap need --follow-up-of");
        }
        if (exports) {
            GeneratedExports written = new WaveExportGenerator(seed).write(out, respondents, cawiShare, badRecords);
            spec.commandLine().getOut().printf("weegschaal generate: wrote %s (%d records), %s (%d records) and %s "
                            + "(%d respondents, %d planted bad records, seed %d)%n", written.cati(),
                    written.catiRecords(), written.cawi(), written.cawiRecords(), written.frame(), respondents,
                    written.planted().size(), seed);
            return ExitCodes.OK;
        }
        GeneratedWave wave = new SyntheticWaveGenerator(seed).write(out, respondents, register);
        spec.commandLine().getOut().printf("weegschaal generate: wrote %s and %s (%d respondents, %d strata, seed %d)%n",
                wave.responses(), wave.frame(), wave.respondents(), wave.strata(), seed);
        return ExitCodes.OK;
    }

    /** {@code --exports --follow-up-of SEED}: a later wave of the earlier wave's establishments. */
    private int followUp() throws Exception {
        if (!exports) {
            throw new ParameterException(spec.commandLine(), "--follow-up-of needs --exports");
        }
        if (!(overlap >= 0 && overlap <= 1)) {
            throw new ParameterException(spec.commandLine(), "--overlap must be between 0 and 1, got " + overlap);
        }
        int earlier = followUpRespondents == null ? respondents : followUpRespondents;
        GeneratedFollowUp written = new FollowUpWaveGenerator(seed, new FollowUp(followUpOf, earlier, overlap))
                .write(out, respondents, cawiShare, badRecords);
        GeneratedExports files = written.exports();
        spec.commandLine().getOut().printf("weegschaal generate: wrote %s (%d records), %s (%d records) and %s "
                        + "(%d respondents, %d of them in the wave of seed %d as well, %d of those in another stratum; "
                        + "%d planted bad records, seed %d)%n", files.cati(), files.catiRecords(), files.cawi(),
                files.cawiRecords(), files.frame(), respondents, written.kept(), followUpOf, written.moved(),
                files.planted().size(), seed);
        return ExitCodes.OK;
    }
}
