package nl.weegschaal.estimation;

import org.jspecify.annotations.Nullable;

/**
 * Pass 1 of {@link GregCells}: per cell (domain value v) and stratum its respondents and
 * {@code sum w f}, and per cell and feature the moments {@code sum d f} per profile and
 * {@code sum d f x_t} per numeric column, from which {@code sum_{S_v} d x f} (what B needs) follows;
 * when asked, also the sums per group from which pass 2 follows: of level features ({@link GregGroupSums})
 * or of features (1, y) ({@link GregFeatureGroups}).
 */
final class GregCellSums {
    final GregModel model;
    private final int domains;
    final int strata;
    final int featureCount;
    final int profiles;
    final int q;
    final long[] inCell;
    final double[] weightedFeatures;
    final double[] profileMoment;
    final double[] numericMoment;
    private final @Nullable GregGroupSums groups;
    private final @Nullable GregFeatureGroups featureGroups;

    /**
     * @param grouped whether to keep the sums per group too (level features, or features (1, y); at
     *                most one numeric column)
     */
    GregCellSums(GregModel model, int domains, GregCells.Features features, boolean grouped) {
        int featureCount = features.count();
        this.model = model;
        this.domains = domains;
        this.strata = model.strata.strata();
        this.featureCount = featureCount;
        this.profiles = model.rows.count();
        this.q = model.rows.numericCount();
        this.inCell = new long[domains * strata];
        this.weightedFeatures = new double[domains * strata * featureCount];
        this.profileMoment = new double[domains * featureCount * profiles];
        this.numericMoment = new double[domains * featureCount * q];
        boolean levels = features.levelOf() != null;
        this.groups = grouped && levels ? new GregGroupSums(domains * featureCount * profiles) : null;
        this.featureGroups = grouped && !levels ? new GregFeatureGroups(domains * profiles) : null;
    }

    /** The sums per group of features (1, y), when they are kept. */
    @Nullable GregFeatureGroups featureGroups() {
        return featureGroups;
    }

    /** The sums per group, when they are kept. */
    @Nullable GregGroupSums groups() {
        return groups;
    }

    /**
     * Adds respondents [from, to): each one used in its cell (domain value v) with its features.
     * One loop with the arrays in locals, the per-respondent work written out: under the launcher's
     * C1 compiler a call and the field reads per respondent and feature cost as much as the sums.
     */
    void addAll(int from, int to, int[] domain, boolean[] used, GregCells.Features features) {
        int[] levels = features.levelOf();
        if (groups != null && levels != null) {
            groups.addAll(this, from, to, domain, used, levels);
            return;
        }
        int[] profileOf = model.rows.profile;
        int[] stratumOf = model.rows.stratum;
        double[] weights = model.weight;
        double[] designWeights = model.designWeight;
        double[] values = model.rows.values;
        long[] counts = inCell;
        double[] weighted = weightedFeatures;
        double[] profileSums = profileMoment;
        double[] numericSums = numericMoment;
        int strataCount = strata;
        int fc = featureCount;
        int profileCount = profiles;
        int numerics = q;
        double[] f = new double[fc];
        GregFeatureGroups grouped = featureGroups;
        boolean numeric = numerics == 1;
        for (int i = from; i < to; i++) {
            int v = domain[i];
            if (v < 0 || !used[i]) {
                continue;
            }
            int profile = profileOf[i];
            int slot = v * strataCount + stratumOf[profile];
            counts[slot]++;
            int level = levels == null ? -1 : levels[i];
            if (level < 0) {
                features.of(i, f);
            }
            double w = weights[i];
            double d = designWeights[i];
            int at = i * numerics;
            for (int k = Math.max(level, 0), last = level >= 0 ? level : fc - 1; k <= last; k++) {
                double fk = level >= 0 ? 1.0 : f[k];
                if (fk == 0) {
                    continue;
                }
                weighted[slot * fc + k] += w * fk;
                double dfk = d * fk;
                int vk = v * fc + k;
                profileSums[vk * profileCount + profile] += dfk;
                int base = vk * numerics;
                for (int t = 0; t < numerics; t++) {
                    numericSums[base + t] += dfk * values[at + t];
                }
            }
            if (grouped != null) {
                grouped.add(v * profileCount + profile, w, f[1], numeric ? values[i] : 0);
            }
        }
    }

    /** Adds another chunk's sums. */
    void add(GregCellSums part) {
        if (groups != null && part.groups != null) {
            groups.add(part.groups);
        }
        if (featureGroups != null && part.featureGroups != null) {
            featureGroups.add(part.featureGroups);
        }
        for (int k = 0; k < inCell.length; k++) {
            inCell[k] += part.inCell[k];
        }
        for (int k = 0; k < weightedFeatures.length; k++) {
            weightedFeatures[k] += part.weightedFeatures[k];
        }
        for (int k = 0; k < profileMoment.length; k++) {
            profileMoment[k] += part.profileMoment[k];
        }
        for (int k = 0; k < numericMoment.length; k++) {
            numericMoment[k] += part.numericMoment[k];
        }
    }

    /** {@code sum_{S_v} d x f_k} per column: {@code m[(v * featureCount + k) * p + j]}. */
    double[] moments() {
        RowProfiles rows = model.rows;
        int p = model.p;
        double[] moment = new double[domains * featureCount * p];
        for (int vk = 0; vk < domains * featureCount; vk++) {
            for (int profile = 0; profile < profiles; profile++) {
                double sum = profileMoment[vk * profiles + profile];
                for (int a = rows.start[profile]; a < rows.start[profile + 1] && sum != 0; a++) {
                    moment[vk * p + rows.columns[a]] += sum;
                }
            }
            for (int t = 0; t < q; t++) {
                moment[vk * p + rows.numeric[t]] += numericMoment[vk * q + t];
            }
        }
        return moment;
    }

    /** n_d of cell v. */
    long respondents(int v) {
        long n = 0;
        for (int h = 0; h < strata; h++) {
            n += inCell[v * strata + h];
        }
        return n;
    }

    /** n_d - H_d of cell v. */
    long degreesOfFreedom(int v) {
        long df = 0;
        for (int h = 0; h < strata; h++) {
            long n = inCell[v * strata + h];
            df += n > 0 ? n - 1 : 0;
        }
        return df;
    }

    /** {@code sum_{S_v} w f}, per feature. */
    double[] weightedFeatures(int v) {
        double[] s = new double[featureCount];
        for (int h = 0; h < strata; h++) {
            for (int k = 0; k < featureCount; k++) {
                s[k] += weightedFeatures[(v * strata + h) * featureCount + k];
            }
        }
        return s;
    }
}
