package nl.weegschaal.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.publish.Reweighting;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.TrimmingReport;
import nl.weegschaal.weighting.WeightingMethod;
import nl.weegschaal.frame.CalibrationTotalsReader;
import nl.weegschaal.weighting.CalibrationSettings;
import org.jspecify.annotations.Nullable;

/**
 * What the run's weighting did besides the plain method, read back from the work store's {@code strata}
 * table (attached as {@code staging}) when the result is written, so that a restarted publish records
 * the same as an uninterrupted one: calibration, collapsed strata and trimming.
 *
 * @param trimmedRespondents the respondents whose weight was above the cap (one weight each)
 */
record RunReweighting(Reweighting reweighting, long trimmedRespondents) {

    static RunReweighting of(Statement statement, WaveSpec spec) throws SQLException {
        Collapsing collapsing = collapsing(statement, spec);
        @Nullable TrimmingReport trimming = trimming(statement, spec);
        Reweighting reweighting = new Reweighting(calibration(spec), margins(spec), collapsing.text(),
                collapsing.strata(), trimming == null ? null : trimming.cap(),
                trimming == null ? 0 : trimming.strata(), trimming == null ? null : trimming.moved());
        return new RunReweighting(reweighting, trimming == null ? 0 : trimming.respondents());
    }

    /** The method and what it calibrates to, in words. */
    static String calibration(WaveSpec spec) {
        CalibrationSettings totals = spec.weighting().calibration();
        if (totals != null) {
            return "stratified design weights N_h / n_h calibrated (GREG, " + totals.function().label()
                    + (totals.bounds().any() ? ", g-weights within " + totals.bounds() : "") + ") to the totals of "
                    + String.join(", ", CalibrationTotalsReader.read(totals.totals()).variables());
        }
        return switch (spec.method()) {
            case STRATIFIED -> "stratified: weight N_h / n_h per stratum, no calibration";
            case POSTSTRATIFY -> "poststratify: equal base weights calibrated to the population of every stratum";
            case RAKE -> "rake: iterative proportional fitting to the population of every category of each margin";
        };
    }

    private static @Nullable String margins(WaveSpec spec) {
        if (spec.weighting().calibration() != null) {
            return String.join("; ", CalibrationTotalsReader.read(spec.weighting().calibration().totals()).variables());
        }
        if (spec.method() == WeightingMethod.STRATIFIED) {
            return null;
        }
        return String.join(spec.method() == WeightingMethod.RAKE ? "; " : " x ", spec.strataColumns());
    }

    private record Collapsing(@Nullable String text, long strata) {
    }

    private static Collapsing collapsing(Statement statement, WaveSpec spec) throws SQLException {
        String original = "concat_ws(' x ', " + String.join(", ", spec.strataColumns().stream()
                .map(RunStore::quote).toList()) + ")";
        String sql = "SELECT collapsed_stratum, string_agg(" + original + ", ', ' ORDER BY rowid), count(*) "
                + "FROM staging." + RunStore.STRATA + " WHERE NOT dropped GROUP BY collapsed_stratum "
                + "HAVING count(*) > 1 ORDER BY collapsed_stratum";
        List<String> groups = new ArrayList<>();
        long strata = 0;
        try (ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                groups.add(r.getString(1) + " = " + r.getString(2));
                strata += r.getLong(3);
            }
        }
        return new Collapsing(groups.isEmpty() ? null : String.join("; ", groups), strata);
    }

    private static @Nullable TrimmingReport trimming(Statement statement, WaveSpec spec) throws SQLException {
        List<StratumWeight> design = new ArrayList<>();
        List<Double> untrimmed = new ArrayList<>();
        try (ResultSet r = statement.executeQuery("SELECT collapsed_stratum, any_value(design_population), "
                + "any_value(design_respondents), any_value(weight), any_value(untrimmed_weight) FROM staging."
                + RunStore.STRATA + " WHERE NOT dropped GROUP BY collapsed_stratum ORDER BY collapsed_stratum")) {
            while (r.next()) {
                design.add(new StratumWeight(StratumKey.parse(r.getString(1)), r.getDouble(2), r.getInt(3),
                        r.getDouble(4)));
                untrimmed.add(r.getDouble(5));
            }
        }
        return TrimmingReport.of(spec.trim(), design, untrimmed.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
