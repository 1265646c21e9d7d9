package nl.weegschaal.weighting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the final weights are formed. Each method is a strategy with its rules in one place: how it
 * weighs, what its weights are calibrated to (which decides the variance), whether a weight above a
 * trimming cap can be cut (only where the cut can be spread over others so that the totals hold), and
 * what it checks before weighing.
 */
public enum WeightingMethod {
    /** Expansion weights N_h / n_h of stratified simple random sampling without replacement. */
    STRATIFIED {
        @Override
        Weighting weighting(LonelyPsu lonelyPsu) {
            return new ExpansionWeighting(this, lonelyPsu);
        }

        @Override
        public Calibration calibration(List<String> strataColumns, List<StratumWeight> strata) {
            return Calibration.NONE;
        }
    },
    /** Equal base weights calibrated to the stratum counts: N_h / n_h, with-replacement variance. */
    POSTSTRATIFY {
        @Override
        Weighting weighting(LonelyPsu lonelyPsu) {
            return new ExpansionWeighting(this, lonelyPsu);
        }

        @Override
        public Calibration calibration(List<String> strataColumns, List<StratumWeight> strata) {
            return new Calibration.ToMargins(Margins.cells(strata.size()), 1);
        }
    },
    /** Iterative proportional fitting to the margins of each strata column. */
    RAKE {
        /** As many back-fitting sweeps as {@code survey} runs for the variance of raked weights. */
        private static final int SURVEY_RAKING_SWEEPS = 10;

        @Override
        Weighting weighting(LonelyPsu lonelyPsu) {
            return new Raking(lonelyPsu);
        }

        @Override
        public Calibration calibration(List<String> strataColumns, List<StratumWeight> strata) {
            return new Calibration.ToMargins(Margins.of(strataColumns, strata), SURVEY_RAKING_SWEEPS);
        }

        @Override
        boolean spreadsTrimmedWeight() {
            return true;
        }

        @Override
        void checkBeforeWeighing(List<String> strataColumns, List<StratumWeight> sample, List<StratumWeight> dropped) {
            MarginCoverage.check(strataColumns, sample, dropped);
        }
    };

    /** The weighting without trimming. */
    abstract Weighting weighting(LonelyPsu lonelyPsu);

    /** What a design of this method with these strata is calibrated to. */
    public abstract Calibration calibration(List<String> strataColumns, List<StratumWeight> strata);

    /**
     * Whether a weight above a trimming cap can be cut, the cut spread over the other weights so that
     * the totals still hold; otherwise every stratum's weights must add up to its own N and a weight
     * above the cap is an error.
     */
    boolean spreadsTrimmedWeight() {
        return false;
    }

    /** What must hold before weighing (e.g. raking: every margin category has respondents). */
    void checkBeforeWeighing(List<String> strataColumns, List<StratumWeight> sample, List<StratumWeight> dropped) {
    }

    /** The name used on the command line and in the result tables. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WeightingMethod fromCode(String code) {
        for (WeightingMethod m : values()) {
            if (m.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown weighting method '" + code + "'; expected one of "
                + Arrays.stream(values()).map(WeightingMethod::code).collect(Collectors.joining(", ")));
    }
}
