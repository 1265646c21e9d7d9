package nl.weegschaal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.weegschaal.job.WeighParameters;
import nl.weegschaal.launch.WeighOutcome;
import nl.weegschaal.launch.WeighRunner;
import nl.weegschaal.weighting.CalibrationBounds;
import nl.weegschaal.weighting.CalibrationFunction;
import nl.weegschaal.weighting.CalibrationSettings;
import nl.weegschaal.weighting.InvalidSetting;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.TrimRule;
import nl.weegschaal.weighting.WeightingMethod;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code weigh}: weights a response file to a frame and estimates every variable, into one DuckDB file. */
@Command(name = "weigh", mixinStandardHelpOptions = true,
        description = "Weigh responses to a population frame and write estimates, weights and strata to DuckDB.")
class WeighCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--responses", required = true, paramLabel = "R.csv", description = "Responses (UTF-8 CSV).")
    Path responses;

    @Option(names = "--frame", required = true, paramLabel = "F.csv", description = "Population frame (UTF-8 CSV).")
    Path frame;

    @Option(names = "--frame-count-col", defaultValue = "N", paramLabel = "COLUMN",
            description = "Frame column with the population count (default: ${DEFAULT-VALUE}).")
    String frameCountColumn;

    @Option(names = "--strata", required = true, split = ",", paramLabel = "COL", description = "Strata columns.")
    List<String> strata;

    @Option(names = "--vars", required = true, split = ",", paramLabel = "VAR", description = "Variables to estimate.")
    List<String> variables;

    @Option(names = "--numeric", split = ",", paramLabel = "VAR",
            description = "Numeric variables, estimated as weighted totals and means (empty cell: missing).")
    List<String> numeric = new ArrayList<>();

    @Option(names = "--ratio", paramLabel = "NUM/DEN",
            description = "A ratio of the totals of two --numeric variables (repeatable).")
    List<String> ratios = new ArrayList<>();

    @Option(names = "--domains", split = ",", paramLabel = "VAR", description = "Domain variables (besides the total).")
    List<String> domains = new ArrayList<>();

    @Option(names = "--method", required = true, converter = MethodConverter.class,
            paramLabel = "stratified|poststratify|rake", description = "Weighting method.")
    WeightingMethod method;

    @Option(names = "--lonely-psu", defaultValue = "adjust", converter = LonelyConverter.class,
            paramLabel = "adjust|remove|certainty|fail", description = "Lonely-stratum rule (default: adjust).")
    LonelyPsu lonelyPsu;

    @Option(names = "--level", defaultValue = "0.95", description = "Confidence level (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--id", paramLabel = "COLUMN", description = "Respondent id column (ids must be unique).")
    String idColumn;

    @Option(names = "--out", required = true, paramLabel = "RESULT.duckdb", description = "The result file.")
    Path out;

    @Option(names = "--collapse-below", defaultValue = "0", paramLabel = "K",
            description = "Merge a stratum with fewer than K respondents into a neighbouring one along the last "
                    + "strata column (e.g. the next size class of the same sector).")
    int collapseBelow;

    @Option(names = "--merge", paramLabel = "\"S1;S2\"",
            description = "Merge these strata into one (labels as in the strata table, e.g. \"07 x 20-99;07 x 100+\"); "
                    + "repeatable.")
    List<String> merges = new ArrayList<>();

    @Option(names = "--trim-ratio", paramLabel = "R",
            description = "Trim weights above R times the median weight (raking keeps the margins).")
    Double trimRatio;

    @Option(names = "--trim-max", paramLabel = "W", description = "Trim weights above W (raking keeps the margins).")
    Double trimMax;

    @Option(names = "--calibrate", paramLabel = "TOTALS.csv",
            description = "Calibrate the stratified design weights to population totals (columns variable,level,"
                    + "total; an empty level for a numeric auxiliary such as employees). Needs --method stratified.")
    Path calibrate;

    @Option(names = "--calfun", defaultValue = "linear", converter = CalfunConverter.class,
            paramLabel = "linear|raking|logit", description = "Calibration distance (default: ${DEFAULT-VALUE}).")
    CalibrationFunction calfun;

    @Option(names = "--bounds", paramLabel = "L,U",
            description = "Bounds L < 1 < U on the g-weights (weight / design weight); logit needs them.")
    String bounds;

    @Option(names = "--calibrate-maxit", defaultValue = "50", paramLabel = "N",
            description = "Most calibration iterations (default: ${DEFAULT-VALUE}).")
    int calibrateMaxit;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        WeighOutcome done = WeighRunner.run(parameters());
        spec.commandLine().getOut().printf("weegschaal %s: wrote %s (%d respondents, %d strata, %d dropped, "
                        + "%d estimates, %s) in %.1f s%n", spec.name(), out, done.respondents(), done.strata(),
                done.droppedStrata(), done.estimates(), method.code(), done.took().toNanos() / 1e9);
        return ExitCodes.OK;
    }

    /**
     * The run's parameters; option values that picocli's types let through but that mean nothing are a
     * usage error naming the option.
     */
    private WeighParameters parameters() {
        if (strata.contains(frameCountColumn)) {
            throw usage("--frame-count-col " + frameCountColumn
                    + " is also one of the --strata columns; the count column holds N_h, not a stratum");
        }
        checkNumeric();
        try {
            return new WeighParameters(responses, frame, frameCountColumn, strata, variables, domains, method,
                    lonelyPsu, level, idColumn, out, UUID.randomUUID().toString(), collapseBelow, merges,
                    new TrimRule(trimRatio, trimMax), numeric, ratios, calibration());
        } catch (InvalidSetting e) {
            throw usage(option(e.setting()) + " " + e.problem() + ", got " + e.value());
        }
    }

    /**
     * A numeric variable is no categorical variable, stratum or domain at once, and each {@code --ratio}
     * divides two different {@code --numeric} variables.
     */
    private void checkNumeric() {
        for (String variable : numeric) {
            String clash = variables.contains(variable) ? "--vars" : strata.contains(variable) ? "--strata"
                    : domains.contains(variable) ? "--domains" : null;
            if (clash != null) {
                throw usage("--numeric " + variable + " is also given in " + clash + "; a column is either numeric "
                        + "(totals and means) or categorical (proportions, strata, domains)");
            }
        }
        for (String ratio : ratios) {
            String[] parts = ratio.split("/", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank() || parts[0].equals(parts[1])) {
                throw usage("--ratio " + ratio + ": expected NUM/DEN, two different --numeric variables");
            }
            for (String part : parts) {
                if (!numeric.contains(part)) {
                    throw usage("--ratio " + ratio + ": " + part + " is not one of the --numeric variables "
                            + String.join(",", numeric));
                }
            }
        }
    }

    /** The option a weighting setting is given with. */
    private static String option(InvalidSetting.Setting setting) {
        return switch (setting) {
            case LEVEL -> "--level";
            case COLLAPSE_MIN_RESPONDENTS -> "--collapse-below";
            case TRIM_MAX_RATIO -> "--trim-ratio";
            case TRIM_MAX_WEIGHT -> "--trim-max";
            case CALIBRATION -> "--calibrate";
            case CALIBRATION_BOUNDS -> "--bounds";
            case CALIBRATION_MAX_ITERATIONS -> "--calibrate-maxit";
        };
    }

    /** The calibration the options ask for; null without {@code --calibrate}. */
    private @Nullable CalibrationSettings calibration() {
        if (calibrate == null) {
            if (bounds != null) {
                throw usage("--bounds bound the g-weights of a calibration; give --calibrate TOTALS.csv too");
            }
            return null;
        }
        return new CalibrationSettings(calibrate, calfun, bounds == null ? CalibrationBounds.NONE : bounds(bounds),
                calibrateMaxit);
    }

    /** {@code --bounds L,U}: two numbers. */
    private CalibrationBounds bounds(String text) {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length == 2) {
                return CalibrationSettings.bounds(Double.parseDouble(parts[0].trim()),
                        Double.parseDouble(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw usage("--bounds must be two numbers L,U with L < 1 < U (e.g. 0.5,2), got '" + text + "'");
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** {@code --method}: one of the methods' codes, in the order the help gives them. */
    static class MethodConverter extends WordConverter<WeightingMethod> {
        MethodConverter() {
            super(Arrays.stream(WeightingMethod.values()).map(WeightingMethod::code).toList(),
                    WeightingMethod::fromCode);
        }
    }

    /** {@code --calfun}: a calibration distance. */
    static class CalfunConverter extends WordConverter<CalibrationFunction> {
        CalfunConverter() {
            super(List.of("linear", "raking", "logit"), CalibrationFunction::fromLabel);
        }
    }

    /** {@code --lonely-psu}: a lonely-stratum rule ({@code certainty} is another word for {@code remove}). */
    static class LonelyConverter extends WordConverter<LonelyPsu> {
        LonelyConverter() {
            super(List.of("adjust", "remove", "certainty", "fail"), LonelyPsu::fromCode);
        }
    }
}
