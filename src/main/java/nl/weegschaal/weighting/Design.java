package nl.weegschaal.weighting;

import java.util.List;

/**
 * A weighted sample design: the strata with their weights, the weighting method that produced them,
 * what the weights are calibrated to (it decides the variance formula, as {@code survey}'s design
 * carries its {@code postStrata}) and the lonely-stratum rule. Immutable; re-weighting returns a new
 * design.
 *
 * <p>The methods give all respondents of a stratum (the combination of the strata columns) the same
 * weight, so per-stratum counts are sufficient statistics for every estimate; a design calibrated to
 * auxiliary totals ({@link Calibration.ToTotals}) keeps those as its design weights and carries the
 * calibrated weights per respondent.
 */
public record Design(WeightingMethod method, LonelyPsu lonelyPsu, List<String> strataColumns,
                     List<StratumWeight> strata, Calibration calibration) {
    public Design {
        strataColumns = List.copyOf(strataColumns);
        strata = List.copyOf(strata);
    }

    /** A design of a method, with the calibration that method's weights have. */
    public Design(WeightingMethod method, LonelyPsu lonelyPsu, List<String> strataColumns, List<StratumWeight> strata) {
        this(method, lonelyPsu, strataColumns, strata, method.calibration(strataColumns, strata));
    }

    public int strataCount() {
        return strata.size();
    }

    public StratumWeight stratum(int h) {
        return strata.get(h);
    }

    /** n, the number of respondents of the whole sample. */
    public long respondents() {
        long n = 0;
        for (StratumWeight s : strata) {
            n += s.respondents();
        }
        return n;
    }

    public double[] weights() {
        double[] w = new double[strata.size()];
        for (int h = 0; h < w.length; h++) {
            w[h] = strata.get(h).weight();
        }
        return w;
    }

    /**
     * This design calibrated by GREG to the model's totals: a new design with the same strata (their
     * weights now the design weights) whose respondents carry the calibrated weights.
     *
     * @param stratum per model row, the index of the respondent's stratum in {@link #strata()}
     * @throws WeightingException if the design is not stratified expansion weighting (calibration
     *                            starts from design weights), or the calibration fails
     */
    public Design calibrated(GregCalibration calibration, CalibrationModel model, int[] stratum) {
        if (method != WeightingMethod.STRATIFIED) {
            throw new WeightingException("calibration to totals starts from the stratified design weights N_h / n_h; "
                    + "it cannot follow method '" + method.code() + "'");
        }
        double[] d = designWeights(stratum);
        GregResult result = calibration.calibrate(d, model);
        return new Design(method, lonelyPsu, strataColumns, strata,
                new Calibration.ToTotals(model, stratum, d, result, calibration.function(), calibration.bounds()));
    }

    /** Every respondent's design weight: the weight of its stratum ({@code stratum[i]}, index h). */
    public double[] designWeights(int[] stratum) {
        double[] w = weights();
        double[] d = new double[stratum.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = w[stratum[i]];
        }
        return d;
    }

    /** The calibration to totals, or null when the weights are constant within strata. */
    public Calibration.@org.jspecify.annotations.Nullable ToTotals toTotals() {
        return calibration instanceof Calibration.ToTotals t ? t : null;
    }
}
