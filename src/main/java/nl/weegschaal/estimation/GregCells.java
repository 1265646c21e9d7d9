package nl.weegschaal.estimation;

import nl.weegschaal.weighting.FixedSplit;
import org.jspecify.annotations.Nullable;

/**
 * The calibrated variances of every cell of one variable by one domain variable, in two passes over
 * the respondents (one for a proportion's cells, see below), as {@code survey}'s {@code svyrecvar}
 * computes them for a calibrated design but without a pass per cell.
 *
 * <p>The cell of domain value v is the set S_v of its used respondents. Each statistic s of the cell
 * has a linearised variable {@code z_i = c_s . f(i)} on S_v (f the respondent's features, c_s the
 * statistic's coefficients) and 0 elsewhere; its variance is the stratified variance
 * ({@link StratifiedVariance#contribution}) of {@code u_i = w_i (z_i - x_i'B)} with
 * {@code B = (sum d x x')^+ sum_{S_v} d x z} ({@link GregModel#fit}). Because z is 0 outside S_v:
 * <ul>
 *   <li>pass 1 ({@link GregCellSums}) collects per cell {@code sum_{S_v} d x f} (the moments B needs),
 *       and per cell and stratum its respondents and {@code sum w f};</li>
 *   <li>inside S_v, pass 2 computes u_i and sums it around a provisional stratum mean (a corrected
 *       two-pass sum of squares, so that vanishing residuals give 0 cleanly), with the sums of the
 *       fitted influences {@code w_i x_i'B} and their squares;</li>
 *   <li>outside, u_i = -w_i x_i'B, whose sum and sum of squares per stratum are those of the whole
 *       stratum ({@code B' sum w x}, {@code B' (sum w^2 x x') B}) less those inside S_v; exactly 0
 *       where S_v holds the whole stratum.</li>
 * </ul>
 * When the features are level indicators and the model has at most one numeric column (a proportion's
 * cells), pass 1 also keeps its sums per group of respondents that pass 2 tells apart only by w and x
 * ({@link GregGroupSums}), and pass 2 is taken from those groups instead of a second pass over the
 * respondents (at a million respondents, two thirds of a proportion's time); so for the features (1, y)
 * of a numeric answer's total and mean, per profile ({@link GregFeatureGroups}). Each pass runs over a
 * {@link FixedSplit} of the respondents in parallel and adds the chunks' sums in order, so that the
 * result does not depend on the number of threads.
 */
final class GregCells {
    private final GregModel model;
    private final int[] domain;
    private final boolean[] used;
    private final Features features;
    private final int domains;
    private final int featureCount;
    private final FixedSplit split;
    private final boolean grouped;
    private final GregCellSums sums;

    /** The features of a respondent, from which each statistic's linearised variable is made. */
    interface Features {
        int count();

        /** Writes respondent i's features into {@code into} (length {@link #count()}). */
        void of(int i, double[] into);

        /**
         * Per respondent the index of its only non-zero feature, which is 1 (a level indicator); every
         * respondent the passes use has one (-1 only for those not used). Null when every respondent's
         * features are read with {@link #of}.
         */
        default int @Nullable [] levelOf() {
            return null;
        }

        /** Whether the statistics need {@link Spread#weightedSquares()} (else it is left 0). */
        default boolean weightedSquares() {
            return true;
        }

        /** Whether the features are (1, y) for every respondent: a numeric answer's, for its total and mean. */
        default boolean oneAndValue() {
            return false;
        }
    }

    /** A cell statistic's variance and {@code sum_{S_v} w z^2} (0 when the features do not ask for it). */
    record Spread(double variance, double weightedSquares) {
    }

    /**
     * @param domain per respondent its domain value in [0, domains), or -1 for none
     * @param used   per respondent whether it is used in its domain value's cell
     */
    GregCells(GregModel model, int[] domain, int domains, boolean[] used, Features features) {
        this(model, domain, domains, used, features, model.rows.numericCount() <= 1 && (features.levelOf() != null
                ? GregGroupSums.fits(domains, features.count(), model.rows.count())
                : features.oneAndValue() && GregFeatureGroups.fits(domains, model.rows.count())));
    }

    /**
     * @param grouped whether pass 2 is taken from pass 1's groups (only for level features or features
     *                (1, y), and at most one numeric column)
     */
    GregCells(GregModel model, int[] domain, int domains, boolean[] used, Features features, boolean grouped) {
        if (grouped && (features.levelOf() == null && !features.oneAndValue() || model.rows.numericCount() > 1)) {
            throw new IllegalArgumentException("pass 2 is taken per group only for level features, or features "
                    + "(1, y), and at most one numeric column");
        }
        if (domain.length != model.size() || used.length != model.size()) {
            throw new IllegalArgumentException("answers and domains are given for " + used.length + " and "
                    + domain.length + " respondents, the calibration has " + model.size());
        }
        this.model = model;
        this.domain = domain;
        this.used = used;
        this.features = features;
        this.domains = domains;
        this.featureCount = features.count();
        this.split = new FixedSplit(model.size());
        this.grouped = grouped;
        this.sums = new GregCellSums(model, domains, features, grouped);
        for (GregCellSums part : split.map(this::firstPass)) {
            sums.add(part);
        }
    }

    private GregCellSums firstPass(int from, int to) {
        GregCellSums part = new GregCellSums(model, domains, features, grouped);
        part.addAll(from, to, domain, used, features);
        return part;
    }

    /** n_d of domain value v's cell. */
    long respondents(int v) {
        return sums.respondents(v);
    }

    /** n_d - H_d of domain value v's cell. */
    long degreesOfFreedom(int v) {
        return sums.degreesOfFreedom(v);
    }

    /** {@code sum_{S_v} w f}, per feature. */
    double[] weightedFeatures(int v) {
        return sums.weightedFeatures(v);
    }

    /**
     * The spread of every statistic of every cell: {@code coefficients[v][s]} the coefficients c_s of
     * statistic s of domain value v (the same number of statistics in every cell), or
     * {@code coefficients[v] == null} for a cell not estimated.
     */
    Spread[][] spreads(double[][][] coefficients) {
        GregCellFits fits = new GregCellFits(model, coefficients, domains, featureCount,
                features.weightedSquares());
        double[] moment = sums.moments();
        for (int v = 0; v < domains; v++) {
            if (coefficients[v] != null) {
                fits.prepare(v, moment, sums.weightedFeatures);
            }
        }
        GregGroupSums groups = sums.groups();
        GregFeatureGroups featureGroups = sums.featureGroups();
        if (groups != null) {
            fits.addGroups(groups);
        } else if (featureGroups != null) {
            fits.addGroups(featureGroups);
        } else {
            for (GregCellFits.Inside part : split.map((from, to) -> secondPass(fits, from, to))) {
                fits.add(part);
            }
        }
        Spread[][] out = new Spread[domains][];
        for (int v = 0; v < domains; v++) {
            if (coefficients[v] != null) {
                out[v] = fits.spreads(v, sums.inCell);
            }
        }
        return out;
    }

    private GregCellFits.Inside secondPass(GregCellFits fits, int from, int to) {
        GregCellFits.Inside inside = fits.inside();
        fits.addAll(from, to, domain, used, features, inside);
        return inside;
    }
}
