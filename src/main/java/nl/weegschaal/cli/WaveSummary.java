package nl.weegschaal.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import nl.weegschaal.spec.WaveSpec;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The one summary a wave run prints at its end: what was read, rejected, weighted and written, and how long each step took. */
final class WaveSummary {
    private final PrintWriter out;

    WaveSummary(PrintWriter out) {
        this.out = out;
    }

    @SuppressWarnings("unchecked")
    void print(WaveSpec spec, JobExecution execution, long nanos) {
        Map<String, Long> counts = (Map<String, Long>) execution.getExecutionContext().get("summary");
        out.printf("weegschaal run: %s done in %.1f s (run %d)%n", spec.wave(), nanos / 1e9, execution.getId());
        if (counts != null) {
            counts.forEach((name, count) -> {
                if (name.startsWith("n_read_")) {
                    out.printf("  records read from %-8s %,d%n", name.substring("n_read_".length()), count);
                }
            });
            long reasons = counts.getOrDefault("n_reject_reasons", counts.get("n_rejected"));
            out.printf("  records rejected        %,d%s%n", counts.get("n_rejected"), reasons == counts.get("n_rejected")
                    ? "" : String.format(" (%,d reasons)", reasons));
            out.printf("  respondents weighted    %,d in %d strata (%d frame strata without respondents)%n",
                    counts.get("n_respondents"), counts.get("n_strata"), counts.get("n_dropped_strata"));
            out.printf("  cells estimated         %,d%n", counts.get("n_estimates"));
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStartTime() != null && step.getEndTime() != null) {
                out.printf("  step %-24s %6.1f s%n", step.getStepName(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0);
            }
        }
        out.printf("  result                  %s%n", spec.result());
        out.printf("  workbook                %s%n", spec.workbook());
    }
}
