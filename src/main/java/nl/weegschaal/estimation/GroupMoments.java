package nl.weegschaal.estimation;

/**
 * Per group of respondents and stratum: the count, {@code sum w x} and {@code sum w^2 x x'} (upper
 * triangle), collected in one pass. A group is a domain value (or no domain value) crossed with
 * whether the respondent is used (answered, has a value). A cell's respondents are one group; the
 * others' sums give what the respondents outside the cell add to the variance, where their
 * influence is {@code -w_i x_i'B}: summed over groups of non-negative terms, nothing cancels.
 */
final class GroupMoments {
    private final GregModel model;
    private final int groups;
    private final int strata;
    private final int p;
    private final long[] count;
    private final double[] first;
    private final double[] second;

    /**
     * @param domain per respondent its domain value in [0, domains), or -1 for none
     * @param used   per respondent whether it is used in its domain value's cell
     */
    GroupMoments(GregModel model, int[] domain, int domains, boolean[] used) {
        this.model = model;
        this.groups = 2 * (domains + 1);
        this.strata = model.strata.strata();
        this.p = model.p;
        this.count = new long[groups * strata];
        this.first = new double[groups * strata * p];
        this.second = new double[groups * strata * p * p];
        for (int i = 0; i < model.size(); i++) {
            int v = domain[i] < 0 ? domains : domain[i];
            add(i, (2 * v + (used[i] ? 1 : 0)) * strata + model.stratum[i]);
        }
    }

    private void add(int i, int slot) {
        count[slot]++;
        double w = model.weight[i];
        int firstBase = slot * p;
        int secondBase = slot * p * p;
        for (int a = model.start[i]; a < model.start[i + 1]; a++) {
            double wx = w * model.values[a];
            int row = model.columns[a];
            first[firstBase + row] += wx;
            for (int b = a; b < model.start[i + 1]; b++) {
                second[secondBase + row * p + model.columns[b]] += wx * w * model.values[b];
            }
        }
    }

    /** The respondents of domain value v's cell in stratum h. */
    long inCell(int v, int h) {
        return count[((2 * v + 1) * strata) + h];
    }

    /** {@code sum w x} over the cell of domain value v in stratum h. */
    double[] cellFirst(int v, int h) {
        double[] s = new double[p];
        System.arraycopy(first, ((2 * v + 1) * strata + h) * p, s, 0, p);
        return s;
    }

    /**
     * The respondents outside the cell of domain value v in stratum h: their {@code sum w x} into
     * {@code firstOut} and {@code sum w^2 x x'} (upper triangle, row-major p x p) into {@code secondOut}.
     */
    void outside(int v, int h, double[] firstOut, double[] secondOut) {
        java.util.Arrays.fill(firstOut, 0.0);
        java.util.Arrays.fill(secondOut, 0.0);
        int cell = 2 * v + 1;
        for (int g = 0; g < groups; g++) {
            int slot = g * strata + h;
            if (g == cell || count[slot] == 0) {
                continue;
            }
            for (int j = 0; j < p; j++) {
                firstOut[j] += first[slot * p + j];
            }
            int base = slot * p * p;
            for (int k = 0; k < p * p; k++) {
                secondOut[k] += second[base + k];
            }
        }
    }

    /** b'Sb for S given by its upper triangle (row-major p x p). */
    static double quadratic(double[] upper, double[] b, int p) {
        double s = 0;
        for (int j = 0; j < p; j++) {
            if (b[j] == 0) {
                continue;
            }
            double row = upper[j * p + j] * b[j];
            for (int k = j + 1; k < p; k++) {
                row += 2 * upper[j * p + k] * b[k];
            }
            s += b[j] * row;
        }
        return s;
    }
}
