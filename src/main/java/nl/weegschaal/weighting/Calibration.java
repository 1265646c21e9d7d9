package nl.weegschaal.weighting;

/**
 * What a design's weights were calibrated to, as R's {@code survey} keeps a design's
 * {@code postStrata}: the variance of an estimator under calibrated weights is that of the residual of
 * its linearised variable after projection on the calibration's margins. Expansion weights of
 * stratified sampling are not calibrated ({@link #NONE}): their variance is the stratified one.
 */
public sealed interface Calibration permits Calibration.None, Calibration.ToMargins, Calibration.ToTotals {
    Calibration NONE = new None();

    /** Not calibrated. */
    record None() implements Calibration {
    }

    /**
     * Calibrated to the totals of some margins of the strata. The projection of the linearised variable
     * on the margins' dummies is made as {@code survey} makes it, by back-fitting: {@code sweeps} times,
     * over each margin in turn, the residual loses its weighted mean per category. With one margin whose
     * categories are the strata themselves (post-stratification) one sweep is exact.
     */
    record ToMargins(Margins margins, int sweeps) implements Calibration {
        /**
         * Replaces each stratum's mean of the linearised variable (divided by the weight) by its residual
         * from the margins: weights and margins are constant within a stratum, so the projection runs
         * on stratum means, weighted by the stratum's respondents.
         */
        public void project(double[] stratumMeans, int[] respondents) {
            for (int sweep = 0; sweep < sweeps; sweep++) {
                for (int k = 0; k < margins.count(); k++) {
                    double[] sum = new double[margins.categories(k)];
                    double[] size = new double[margins.categories(k)];
                    for (int h = 0; h < stratumMeans.length; h++) {
                        int g = margins.category(k, h);
                        sum[g] += respondents[h] * stratumMeans[h];
                        size[g] += respondents[h];
                    }
                    for (int h = 0; h < stratumMeans.length; h++) {
                        int g = margins.category(k, h);
                        stratumMeans[h] -= sum[g] / size[g];
                    }
                }
            }
        }
    }

    /**
     * Calibrated by GREG ({@link GregCalibration}) to auxiliary population totals: weights vary within
     * strata, so the design carries them per respondent, with the model they were fitted on (the
     * variance uses the residuals of the linearised variable on that model, {@link GregResiduals}).
     * Respondent i is in design stratum {@code stratum[i]} and has design weight
     * {@code designWeights[i]} (its stratum's N_h / n_h), g-weight {@code result.g()[i]} and weight
     * {@code result.weights()[i]}.
     */
    record ToTotals(CalibrationModel model, int[] stratum, double[] designWeights, GregResult result,
                    CalibrationFunction function, CalibrationBounds bounds) implements Calibration {
        public ToTotals {
            if (stratum.length != model.respondents() || designWeights.length != model.respondents()
                    || result.weights().length != model.respondents()) {
                throw new IllegalArgumentException("a calibration needs one stratum, design weight and weight per "
                        + "model row: " + stratum.length + ", " + designWeights.length + ", "
                        + result.weights().length + " for " + model.respondents() + " rows");
            }
        }

        /** The final weight of every respondent, w_i = d_i g_i. */
        public double[] weights() {
            return result.weights();
        }

        /** The g-weight of every respondent. */
        public double[] g() {
            return result.g();
        }

        public int respondents() {
            return stratum.length;
        }
    }
}
