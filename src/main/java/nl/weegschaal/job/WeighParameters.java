package nl.weegschaal.job;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.weighting.CalibrationBounds;
import nl.weegschaal.weighting.CalibrationFunction;
import nl.weegschaal.weighting.CalibrationSettings;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StrataCollapse;
import nl.weegschaal.weighting.TrimRule;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.WeightingMethod;
import nl.weegschaal.weighting.WeightingSettings;
import nl.weegschaal.weighting.InvalidSetting;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of a weighing run, carried as Spring Batch job parameters so that a run's
 * parameters are in the job repository and a restart sees the same ones.
 *
 * @param numeric the numeric variables ({@code --numeric}), estimated as totals and means
 * @param ratios  the ratios ({@code --ratio num/den}), each of two numeric variables
 */
public record WeighParameters(Path responses, Path frame, String frameCountColumn, List<String> strata,
                              List<String> variables, List<String> domains, WeightingMethod method,
                              LonelyPsu lonelyPsu, double level, @Nullable String idColumn, Path out, String runId,
                              int collapseBelow, List<String> merges, TrimRule trim, List<String> numeric,
                              List<String> ratios, @Nullable CalibrationSettings calibration) {
    /**
     * @throws InvalidSetting naming the weighting setting whose value means nothing
     */
    public WeighParameters {
        merges = List.copyOf(merges);
        strata = List.copyOf(strata);
        variables = List.copyOf(variables);
        domains = List.copyOf(domains);
        numeric = List.copyOf(numeric);
        ratios = List.copyOf(ratios);
        weighting(method, lonelyPsu, level, collapse(collapseBelow, merges), trim, calibration);
    }

    /** A run without numeric variables. */
    public WeighParameters(Path responses, Path frame, String frameCountColumn, List<String> strata,
                           List<String> variables, List<String> domains, WeightingMethod method, LonelyPsu lonelyPsu,
                           double level, @Nullable String idColumn, Path out, String runId, int collapseBelow,
                           List<String> merges, TrimRule trim) {
        this(responses, frame, frameCountColumn, strata, variables, domains, method, lonelyPsu, level, idColumn, out,
                runId, collapseBelow, merges, trim, List.of(), List.of(), null);
    }

    /** The weighting settings, validated as the job spec's are. */
    public WeightingSettings weighting() {
        return weighting(method, lonelyPsu, level, collapse(), trim, calibration);
    }

    private static WeightingSettings weighting(WeightingMethod method, LonelyPsu lonelyPsu, double level,
                                               StrataCollapse collapse, TrimRule trim,
                                               @Nullable CalibrationSettings calibration) {
        return new WeightingSettings(method, lonelyPsu, level, collapse, trim, calibration);
    }

    /**
     * The collapsing of sparse strata: strata with fewer than {@code collapseBelow} respondents, and
     * explicit merges, each {@code "07 x 20-99;07 x 100+"} (strata labels separated by {@code ;}).
     */
    public StrataCollapse collapse() {
        return collapse(collapseBelow, merges);
    }

    private static StrataCollapse collapse(int collapseBelow, List<String> merges) {
        List<List<StratumKey>> groups = merges.stream()
                .map(merge -> Arrays.stream(merge.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(StratumKey::parse)
                        .toList())
                .toList();
        return new StrataCollapse(collapseBelow, groups);
    }


    /** Every parameter by its command-line name, as recorded in the {@code runs} table. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("responses", responses.toString());
        map.put("frame", frame.toString());
        map.put("frame_count_col", frameCountColumn);
        map.put("strata", String.join(",", strata));
        map.put("vars", String.join(",", variables));
        map.put("domains", String.join(",", domains));
        map.put("method", method.code());
        map.put("lonely_psu", lonelyPsu.code());
        map.put("level", Double.toString(level));
        map.put("id", idColumn == null ? "" : idColumn);
        map.put("out", out.toString());
        map.put("collapse_below", Integer.toString(collapseBelow));
        map.put("merge", String.join("|", merges));
        map.put("trim_ratio", trim.maxRatio() == null ? "" : trim.maxRatio().toString());
        map.put("trim_max", trim.maxWeight() == null ? "" : trim.maxWeight().toString());
        map.put("calibrate", calibration == null ? "" : calibration.totals().toString());
        map.put("calfun", calibration == null ? "" : calibration.function().label());
        map.put("bounds", calibration == null || !calibration.bounds().any() ? ""
                : calibration.bounds().lower() + "," + calibration.bounds().upper());
        map.put("calibrate_maxit", calibration == null ? "" : Integer.toString(calibration.maxIterations()));
        map.put("numeric", String.join(",", numeric));
        map.put("ratio", String.join(",", ratios));
        return map;
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder();
        asMap().forEach(builder::addString);
        return builder.addString("run_id", runId).toJobParameters();
    }

    public static WeighParameters from(JobParameters parameters) {
        String id = parameters.getString("id", "");
        return new WeighParameters(Path.of(parameters.getString("responses")), Path.of(parameters.getString("frame")),
                parameters.getString("frame_count_col"), split(parameters.getString("strata")),
                split(parameters.getString("vars")), split(parameters.getString("domains")),
                WeightingMethod.fromCode(parameters.getString("method")),
                LonelyPsu.fromCode(parameters.getString("lonely_psu")),
                Double.parseDouble(parameters.getString("level")), id == null || id.isEmpty() ? null : id,
                Path.of(parameters.getString("out")), parameters.getString("run_id"),
                Integer.parseInt(parameters.getString("collapse_below", "0")),
                Arrays.stream(parameters.getString("merge", "").split("\\|")).filter(s -> !s.isBlank()).toList(),
                new TrimRule(number(parameters.getString("trim_ratio", "")), number(parameters.getString("trim_max", ""))),
                split(parameters.getString("numeric", "")), split(parameters.getString("ratio", "")),
                calibration(parameters));
    }

    private static @Nullable CalibrationSettings calibration(JobParameters parameters) {
        String totals = parameters.getString("calibrate", "");
        if (totals == null || totals.isBlank()) {
            return null;
        }
        String bounds = parameters.getString("bounds", "");
        return new CalibrationSettings(Path.of(totals), CalibrationFunction.fromLabel(parameters.getString("calfun")),
                bounds == null || bounds.isBlank() ? CalibrationBounds.NONE : CalibrationSettings.bounds(
                        Double.parseDouble(bounds.split(",")[0]), Double.parseDouble(bounds.split(",")[1])),
                Integer.parseInt(parameters.getString("calibrate_maxit")));
    }

    private static @Nullable Double number(@Nullable String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text);
    }

    private static List<String> split(@Nullable String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
