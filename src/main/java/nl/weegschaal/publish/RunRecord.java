package nl.weegschaal.publish;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.ingest.InputFile;

/**
 * The provenance of one run: when it ran, with which parameters, on which inputs.
 *
 * @param parameters every parameter of the run by name, in a stable order
 * @param counts     row counts of the run by name ({@code n_respondents}, ...), in a stable order
 * @param reweighting calibration, collapsing and trimming of the run's weights
 */
public record RunRecord(String runId, long jobExecutionId, LocalDateTime startedAt, LocalDateTime finishedAt,
                        Map<String, String> parameters, List<InputFile> inputs, String productVersion,
                        Map<String, Long> counts, Reweighting reweighting) {
    public RunRecord {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        inputs = List.copyOf(inputs);
    }
}
