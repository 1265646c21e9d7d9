package nl.weegschaal.cli;

import java.io.PrintWriter;
import java.util.Map;
import nl.weegschaal.launch.WaveOutcome;
import nl.weegschaal.publish.catalog.WaveCatalog;
import nl.weegschaal.spec.WaveSpec;

/** The one summary a wave run prints at its end: what was read, rejected, weighted and written, and how long each step took. */
final class WaveSummary {
    private static final String READ = "n_read_";
    private final PrintWriter out;

    WaveSummary(PrintWriter out) {
        this.out = out;
    }

    void print(WaveSpec spec, WaveOutcome.Done run) {
        Map<String, Long> counts = run.counts();
        out.printf("weegschaal run: %s done in %.1f s (run %d)%n", spec.wave(), run.took().toNanos() / 1e9, run.run());
        if (counts != null) {
            // the numbers line up under the longest export name (8 characters at least)
            int width = counts.keySet().stream().filter(n -> n.startsWith(READ)).mapToInt(n -> n.length() - READ.length())
                    .max().orElse(0);
            String pad = " ".repeat(Math.max(0, width - 8));
            counts.forEach((name, count) -> {
                if (name.startsWith(READ)) {
                    out.printf("  records read from %-" + Math.max(8, width) + "s %,d%n", name.substring(READ.length()),
                            count);
                }
            });
            long reasons = counts.getOrDefault("n_reject_reasons", counts.get("n_rejected"));
            out.printf("  records rejected        %s%,d%s%n", pad, counts.get("n_rejected"),
                    reasons == counts.get("n_rejected") ? "" : String.format(" (%,d reasons)", reasons));
            out.printf("  respondents weighted    %s%,d in %d strata (%d frame strata without respondents)%n", pad,
                    counts.get("n_respondents"), counts.get("n_strata"), counts.get("n_dropped_strata"));
            out.printf("  cells estimated         %s%,d%n", pad, counts.get("n_estimates"));
        }
        for (WaveOutcome.StepTime step : run.steps()) {
            out.printf("  step %-24s %6.1f s%n", step.step(), step.took().toMillis() / 1000.0);
        }
        out.printf("  result                  %s%n", spec.result());
        out.printf("  workbook                %s%n", spec.workbook());
        if (spec.restartable()) {
            out.printf("  wave catalog            %s%n", WaveCatalog.fileIn(spec.outputDir()));
        }
    }
}
