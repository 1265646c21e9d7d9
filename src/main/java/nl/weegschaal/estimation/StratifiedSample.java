package nl.weegschaal.estimation;

import java.util.Arrays;

/**
 * One wave's stratified design, as the estimator of a change between two waves needs it: per
 * respondent its stratum, and per stratum the population N_h and the respondents n_h.
 *
 * <p>The arrays are copied on the way in and out, so a sample cannot change after it was validated.
 *
 * @param stratumOf   per respondent i, the index h (0..H-1) of its stratum in this wave
 * @param population  per stratum h, N_h (at least n_h)
 * @param respondents per stratum h, n_h: the number of i with {@code stratumOf[i] == h}
 */
public record StratifiedSample(int[] stratumOf, double[] population, int[] respondents) {

    /**
     * @throws IllegalArgumentException if the strata arrays differ in length, a stratum index is out
     *                                  of range, a stratum's respondents do not number its n_h, or
     *                                  N_h is not a finite number of at least n_h
     */
    public StratifiedSample {
        stratumOf = stratumOf.clone();
        population = population.clone();
        respondents = respondents.clone();
        if (population.length != respondents.length) {
            throw new IllegalArgumentException("population counts are given for " + population.length
                    + " strata but respondent counts for " + respondents.length);
        }
        int[] counted = new int[respondents.length];
        for (int i = 0; i < stratumOf.length; i++) {
            int h = stratumOf[i];
            if (h < 0 || h >= counted.length) {
                throw new IllegalArgumentException("respondent " + i + " is in stratum " + h + ", which is not one of the "
                        + counted.length + " strata (0.." + (counted.length - 1) + ")");
            }
            counted[h]++;
        }
        for (int h = 0; h < counted.length; h++) {
            checkStratum(h, counted[h], population[h], respondents[h]);
        }
    }

    private static void checkStratum(int h, int counted, double population, int respondents) {
        if (counted != respondents) {
            throw new IllegalArgumentException("stratum " + h + " has n_h = " + respondents + " respondents but "
                    + counted + " respondents are given in it");
        }
        if (!Double.isFinite(population) || population < respondents) {
            throw new IllegalArgumentException("stratum " + h + " has population N_h = " + population
                    + ", which is not a number of at least its " + respondents + " respondents");
        }
    }

    /** n, the number of respondents of the wave. */
    public int size() {
        return stratumOf.length;
    }

    /** H, the number of strata. */
    public int strata() {
        return respondents.length;
    }

    /** N_h = n_h: the stratum is a census and its estimate has no sampling error. */
    boolean certainty(int h) {
        return population[h] == respondents[h];
    }

    /**
     * Per stratum, the mean of x over all n_h respondents (0 for a stratum without respondents), as
     * the stratified variance centres its linearised values.
     */
    double[] stratumMeans(double[] x) {
        double[] mean = new double[respondents.length];
        for (int i = 0; i < stratumOf.length; i++) {
            mean[stratumOf[i]] += x[i];
        }
        for (int h = 0; h < mean.length; h++) {
            mean[h] = respondents[h] == 0 ? 0.0 : mean[h] / respondents[h];
        }
        return mean;
    }

    @Override
    public int[] stratumOf() {
        return stratumOf.clone();
    }

    @Override
    public double[] population() {
        return population.clone();
    }

    @Override
    public int[] respondents() {
        return respondents.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StratifiedSample s && Arrays.equals(stratumOf, s.stratumOf)
                && Arrays.equals(population, s.population) && Arrays.equals(respondents, s.respondents);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(stratumOf) + Arrays.hashCode(population)) + Arrays.hashCode(respondents);
    }

    @Override
    public String toString() {
        return "StratifiedSample[n = " + stratumOf.length + ", N_h = " + Arrays.toString(population) + ", n_h = "
                + Arrays.toString(respondents) + "]";
    }
}
