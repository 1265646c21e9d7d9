package nl.weegschaal.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.frame.CalibrationTotalsReader;
import nl.weegschaal.spec.InputSpec;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.StratumRule;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.weighting.WeightingSettings;

/**
 * {@code weigh} as a run of the one engine: the spec its options describe. One CSV input whose
 * columns are the strata (read as they are), the variables (estimated, levels as observed) and
 * the domains; the first record that cannot be used stops the run; the result is {@code --out},
 * with no workbook.
 */
public final class WeighSpecs {
    /** The name of {@code weigh}'s one input, as the {@code inputs} table records it. */
    public static final String RESPONSES = "responses";

    private WeighSpecs() {
    }

    public static WaveSpec of(WeighParameters parameters) {
        Map<String, Question> codebook = new LinkedHashMap<>();
        parameters.variables().forEach(variable -> codebook.put(variable, Question.open(variable, true)));
        parameters.numeric().forEach(variable -> codebook.put(variable, Question.number(variable,
                denominators(variable, parameters.ratios()))));
        for (String domain : parameters.domains()) {
            if (!codebook.containsKey(domain) && !parameters.strata().contains(domain)) {
                codebook.put(domain, Question.open(domain, false));
            }
        }
        if (parameters.calibration() != null) {
            // the auxiliaries are read like domains that are not estimated
            for (String auxiliary : CalibrationTotalsReader.read(parameters.calibration().totals()).variables()) {
                if (!codebook.containsKey(auxiliary) && !parameters.strata().contains(auxiliary)) {
                    codebook.put(auxiliary, Question.open(auxiliary, false));
                }
            }
        }
        List<StratumRule> strata = parameters.strata().stream().map(StratumRule::given).toList();
        Map<String, String> columns = new LinkedHashMap<>();
        if (parameters.idColumn() != null) {
            columns.put("id", parameters.idColumn());
        }
        parameters.strata().forEach(column -> columns.put(column, column));
        codebook.keySet().forEach(column -> columns.put(column, column));
        InputSpec input = new InputSpec(RESPONSES, null, parameters.responses(), InputSpec.Format.CSV, ',',
                StandardCharsets.UTF_8, null, InputSpec.Answers.AS_IS, List.of(),
                new InputSpec.OptionCells(List.of("1"), false, List.of("0"), InputSpec.BlankOption.MISSING), columns,
                null, false);
        Path out = parameters.out().toAbsolutePath().normalize();
        WeightingSettings weighting = parameters.weighting();
        return new WaveSpec(null, name(out), "weigh", "", null, null, List.of(input), codebook, strata,
                parameters.frame(), parameters.frameCountColumn(), weighting, parameters.domains(), 0,
                out.getParent(), WaveSpec.Publication.DEFAULT, out, null, true, parameters.asMap());
    }

    /** The denominators of the ratios {@code variable/den} among {@code --ratio}. */
    static List<String> denominators(String variable, List<String> ratios) {
        return ratios.stream().filter(r -> r.startsWith(variable + "/")).map(r -> r.substring(variable.length() + 1))
                .toList();
    }

    /** The result's name without {@code .duckdb}: it names the work file beside it. */
    private static String name(Path out) {
        String name = out.getFileName().toString();
        return name.endsWith(".duckdb") && name.length() > ".duckdb".length()
                ? name.substring(0, name.length() - ".duckdb".length()) : name;
    }
}
