package nl.weegschaal.spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StrataCollapse;
import nl.weegschaal.weighting.TrimRule;
import nl.weegschaal.weighting.WeightingMethod;
import org.jspecify.annotations.Nullable;

/**
 * A validated job spec: one survey wave, its exports, codebook, strata rules, frame, weighting and
 * outputs. Paths are resolved against the spec file's folder.
 */
public record WaveSpec(Path file, String wave, String survey, String sourceLine, @Nullable LocalDate fieldworkFrom,
                       @Nullable LocalDate fieldworkTo, List<InputSpec> inputs, Map<String, Question> codebook,
                       List<StratumRule> strata, Path frame, String frameCount, WeightingMethod method,
                       LonelyPsu lonelyPsu, double level, List<String> domains, double maxRejectShare,
                       Path outputDir, Publication publication, StrataCollapse collapse, TrimRule trim) {
    public WaveSpec {
        inputs = List.copyOf(inputs);
        codebook = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codebook));
        strata = List.copyOf(strata);
        domains = List.copyOf(domains);
    }

    /**
     * The publication rules of the workbook.
     *
     * @param minRespondents      a cell whose domain has fewer respondents is not publishable
     * @param indicativeHalfWidth a cell whose interval's half-width is above this (a fraction) is indicative
     * @param language            {@code nl} or {@code en}
     */
    public record Publication(int minRespondents, double indicativeHalfWidth, String language) {
        public static final Publication DEFAULT = new Publication(10, 0.10, "nl");
    }

    /** The workbook: {@code <output dir>/<wave>.xlsx}. */
    public Path workbook() {
        return outputDir.resolve(wave + ".xlsx");
    }

    public List<String> strataColumns() {
        return strata.stream().map(StratumRule::column).toList();
    }

    /**
     * The wave's harmonised fields, in a fixed order: the register fields the strata come from
     * ({@code sbi}, {@code employees}), each single-choice question, each {@code question.option}.
     */
    public List<String> fields() {
        return InputsReader.fields(codebook, strata).stream().filter(f -> !f.equals("id")).toList();
    }

    /** The result file: {@code <output dir>/<wave>.duckdb}. */
    public Path result() {
        return outputDir.resolve(wave + ".duckdb");
    }
}
