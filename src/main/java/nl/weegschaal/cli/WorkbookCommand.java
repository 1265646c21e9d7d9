package nl.weegschaal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.weegschaal.OutputException;
import nl.weegschaal.publish.xlsx.SummaryWorkbook;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbook SPEC}: (re)writes the publication workbook of a wave from its result file, e.g. in English. */
@Command(name = "workbook", mixinStandardHelpOptions = true,
        description = "Write the publication workbook of a wave from its result file (after run).")
class WorkbookCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "The wave's job spec (YAML).")
    Path specFile;

    @Option(names = "--lang", paramLabel = "nl|en", description = "Language of the labels (default: the spec's).")
    @Nullable String language;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "The workbook (default: <output>/<wave>[-en].xlsx).")
    @Nullable Path out;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() {
        WaveSpec wave = SpecLoader.load(SpecArguments.existing(spec, specFile));
        if (!Files.exists(wave.result())) {
            throw new OutputException(wave.result() + " does not exist; run the wave first (run " + specFile + ")");
        }
        String lang = language == null ? wave.publication().language() : language;
        if (!lang.equals("nl") && !lang.equals("en")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be nl or en, got " + lang);
        }
        Path target = out != null ? out : lang.equals(wave.publication().language()) ? wave.workbook()
                : wave.outputDir().resolve(wave.wave() + "-" + lang + ".xlsx");
        long start = System.nanoTime();
        SummaryWorkbook.write(wave, wave.result(), target, lang);
        spec.commandLine().getOut().printf("weegschaal workbook: wrote %s in %.1f s%n", target,
                (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }
}
