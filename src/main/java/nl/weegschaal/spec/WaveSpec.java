package nl.weegschaal.spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.IntervalMethod;
import nl.weegschaal.estimation.ReliabilityRules;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StrataCollapse;
import nl.weegschaal.weighting.TrimRule;
import nl.weegschaal.weighting.WeightingMethod;
import nl.weegschaal.weighting.WeightingSettings;
import org.jspecify.annotations.Nullable;

/**
 * A validated run: one survey wave (from a job spec) or one {@code weigh} (from its options): the
 * exports, codebook, strata rules, frame, weighting and outputs. Paths are absolute.
 *
 * @param file       the job spec, or null for a run that has none ({@code weigh})
 * @param wave       the run's name: it names the work files beside the result ({@code .<wave>.staging.duckdb})
 * @param approached the establishments approached in the fieldwork ({@code fieldwork.approached}), or null when
 *                   the spec does not say; with the respondents it gives the response rate in the workbook
 * @param weighting  how to weigh and estimate
 * @param result     the DuckDB result file
 * @param workbook   the report writers' workbook, or null when the run publishes none ({@code weigh})
 * @param strict     whether a record that cannot be used stops the run ({@code weigh}) instead of being rejected
 * @param parameters the run's settings as recorded in the result's {@code runs} table
 */
public record WaveSpec(@Nullable Path file, String wave, String survey, String sourceLine, @Nullable LocalDate fieldworkFrom,
                       @Nullable LocalDate fieldworkTo, @Nullable Long approached, List<InputSpec> inputs, Map<String, Question> codebook,
                       List<StratumRule> strata, Path frame, String frameCount, WeightingSettings weighting,
                       List<String> domains, double maxRejectShare, Path outputDir, Publication publication,
                       Path result, @Nullable Path workbook, boolean strict, Map<String, String> parameters) {
    public WaveSpec {
        inputs = List.copyOf(inputs);
        codebook = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codebook));
        strata = List.copyOf(strata);
        domains = List.copyOf(domains);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /** A run whose spec does not say how many establishments were approached (e.g. {@code weigh}). */
    public WaveSpec(@Nullable Path file, String wave, String survey, String sourceLine, @Nullable LocalDate fieldworkFrom,
                    @Nullable LocalDate fieldworkTo, List<InputSpec> inputs, Map<String, Question> codebook,
                    List<StratumRule> strata, Path frame, String frameCount, WeightingSettings weighting,
                    List<String> domains, double maxRejectShare, Path outputDir, Publication publication,
                    Path result, @Nullable Path workbook, boolean strict, Map<String, String> parameters) {
        this(file, wave, survey, sourceLine, fieldworkFrom, fieldworkTo, null, inputs, codebook, strata, frame,
                frameCount, weighting, domains, maxRejectShare, outputDir, publication, result, workbook, strict,
                parameters);
    }

    /**
     * The publication rules: the interval published and the reliability rules of each cell.
     *
     * @param interval    the interval published in the result's {@code ci_lower}/{@code ci_upper} and the workbook
     * @param reliability the thresholds that make a cell publishable, indicative or suppressed
     * @param language    {@code nl} or {@code en}
     */
    public record Publication(IntervalMethod interval, ReliabilityRules reliability, String language) {
        public static final Publication DEFAULT = new Publication(IntervalMethod.KORN_GRAUBARD,
                ReliabilityRules.DEFAULT, "nl");

        /** A domain with fewer respondents is not published (its whole row is hidden). */
        public int minRespondents() {
            return (int) reliability.minRespondents();
        }
    }

    /**
     * Whether a failed run is continued by the next one ({@code run}, {@code restart} of a job spec), so
     * that its work store must be kept; a {@code weigh} is always run anew.
     */
    public boolean restartable() {
        return file != null;
    }

    public WeightingMethod method() {
        return weighting.method();
    }

    public LonelyPsu lonelyPsu() {
        return weighting.lonelyPsu();
    }

    public double level() {
        return weighting.level();
    }

    public StrataCollapse collapse() {
        return weighting.collapse();
    }

    public TrimRule trim() {
        return weighting.trim();
    }

    public List<String> strataColumns() {
        return strata.stream().map(StratumRule::column).toList();
    }

    /**
     * The run's staged fields, in a fixed order: the register fields the strata come from
     * ({@code sbi}, {@code employees}; for {@code weigh} the strata columns themselves), each
     * single-choice question, each {@code question.option}.
     */
    public List<String> fields() {
        return InputsReader.fields(codebook, strata).stream().filter(f -> !f.equals("id")).toList();
    }

    /** The questions that are estimated (a {@code weigh} domain that is no variable is read, not estimated). */
    public List<Question> estimated() {
        return codebook.values().stream().filter(Question::estimated).toList();
    }

    /** Whether {@code column} is a numeric question's answer (a number, not a code of the codebook). */
    public boolean isNumeric(String column) {
        Question question = codebook.get(column);
        return question != null && question.isNumeric();
    }

    /** Whether {@code column} is the answer to a question with categories: a single choice or an option. */
    public boolean isCategorical(String column) {
        Question question = codebook.get(column);
        return question != null ? !question.isNumeric() : isOption(column);
    }

    /** Whether {@code column} is an option of a multiple-response question ({@code question.option}). */
    private boolean isOption(String column) {
        return codebook.values().stream().filter(Question::multiple)
                .anyMatch(q -> q.levels().stream().anyMatch(option -> column.equals(q.optionField(option))));
    }
}
