package nl.weegschaal.weighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Diagnostics of the weights of a design, for the whole sample and per domain. Every respondent of
 * a design stratum h carries the stratum's weight w_h, so a domain is described by its respondents
 * per stratum, n_dh, and every statistic is computed from the strata.
 *
 * <p>Definitions (n respondents in the domain, weights w_i):
 * <ul>
 *   <li>median: over the respondents (each stratum's weight counted n_dh times); for an even n the
 *       mean of the two middle weights, as R's {@code median};</li>
 *   <li>CV = sd / mean with the population variance sd^2 = (1/n) sum (w_i - mean)^2 (Kish's
 *       convention; not the n-1 of R's {@code sd}), so that</li>
 *   <li>Kish's design effect due to weighting deff_w = 1 + CV^2 = n sum(w_i^2) / (sum w_i)^2, the
 *       factor by which unequal weights alone inflate the variance of a mean (it ignores the
 *       stratification and the clustering; {@code survey}'s deff per estimate includes them);</li>
 *   <li>the effective sample size n / deff_w = (sum w_i)^2 / sum(w_i^2): the number of equally
 *       weighted respondents that would give the same precision.</li>
 * </ul>
 * {@code deff_w} is computed as {@code 1 + cv * cv}, so the identity holds exactly in the stored
 * numbers. Plain Java, no Spring.
 */
public final class WeightDiagnostics {
    /** How many strata {@code largestWeightStrata} names. */
    public static final int LARGEST_STRATA = 3;
    /**
     * The domain variable and value of the whole sample, as in the {@code estimates} table: the one
     * definition, here because estimation builds on weighting; outside the core use {@code Estimate.TOTAL}.
     */
    public static final String TOTAL = "total";

    private WeightDiagnostics() {
    }

    /**
     * The diagnostics of one domain.
     *
     * @param respondents the domain's respondents in each design stratum (indexed as {@code design.strata()})
     * @throws IllegalArgumentException if the counts do not fit the design or the domain has no respondents
     */
    public static WeightDiagnostic of(Design design, String domainVar, String domainValue, int[] respondents) {
        if (respondents.length != design.strataCount()) {
            throw new IllegalArgumentException("respondents for " + respondents.length + " strata, but the design has "
                    + design.strataCount());
        }
        long n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Integer> present = new ArrayList<>();
        for (int h = 0; h < respondents.length; h++) {
            if (respondents[h] < 0) {
                throw new IllegalArgumentException("negative count " + respondents[h] + " in stratum "
                        + design.stratum(h).key());
            }
            if (respondents[h] > 0) {
                double w = design.stratum(h).weight();
                n += respondents[h];
                sum += respondents[h] * w;
                min = Math.min(min, w);
                max = Math.max(max, w);
                present.add(h);
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("the domain " + domainVar + " = " + domainValue
                    + " has no respondents");
        }
        double mean = sum / n;
        double squares = 0;
        for (int h : present) {
            double d = design.stratum(h).weight() - mean;
            squares += respondents[h] * d * d;
        }
        double cv = Math.sqrt(squares / n) / mean;
        double deff = 1 + cv * cv;
        return new WeightDiagnostic(domainVar, domainValue, n, sum, min, median(design, respondents, present, n), max,
                cv, deff, n / deff, largest(design, respondents, present));
    }

    /** The median over respondents: the mean of the weights at (0-based) positions (n-1)/2 and n/2. */
    private static double median(Design design, int[] respondents, List<Integer> present, long n) {
        List<Integer> byWeight = new ArrayList<>(present);
        byWeight.sort(Comparator.comparingDouble(h -> design.stratum(h).weight()));
        long lower = (n - 1) / 2;
        long upper = n / 2;
        double low = Double.NaN;
        long seen = 0;
        for (int h : byWeight) {
            seen += respondents[h];
            double w = design.stratum(h).weight();
            if (Double.isNaN(low) && lower < seen) {
                low = w;
            }
            if (upper < seen) {
                return (low + w) / 2;
            }
        }
        throw new IllegalStateException("median past the last respondent");
    }

    /** The strata with the largest weights, largest first (ties in design order). */
    private static String largest(Design design, int[] respondents, List<Integer> present) {
        return present.stream()
                .sorted(Comparator.comparingDouble((Integer h) -> design.stratum(h).weight()).reversed())
                .limit(LARGEST_STRATA)
                .map(h -> design.stratum(h).key() + " (w = " + String.format(Locale.ROOT, "%.1f",
                        design.stratum(h).weight()) + ", n = " + respondents[h] + ")")
                .collect(Collectors.joining("; "));
    }

    /**
     * The diagnostics of one domain of a design whose weights vary within strata (calibrated to
     * totals), from its respondents' weights; the largest-weight strata are those with the largest
     * single weight.
     *
     * @param weights the domain's respondents' weights
     * @param stratum their design strata, index h per respondent
     */
    public static WeightDiagnostic ofRespondents(Design design, String domainVar, String domainValue, double[] weights,
                                                 int[] stratum) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("the domain " + domainVar + " = " + domainValue
                    + " has no respondents");
        }
        double[] sorted = weights.clone();
        java.util.Arrays.sort(sorted);
        return ofSorted(design, domainVar, domainValue, sorted, weights, stratum);
    }

    /**
     * As {@link #ofRespondents}, with the domain's weights given from smallest to largest (as
     * {@link AscendingOrder} finds them) and their strata in the same order.
     *
     * @throws IllegalArgumentException if the weights are not in order
     */
    public static WeightDiagnostic ofSortedRespondents(Design design, String domainVar, String domainValue,
                                                       double[] sorted, int[] stratum) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("the domain " + domainVar + " = " + domainValue
                    + " has no respondents");
        }
        for (int i = 1; i < sorted.length; i++) {
            if (Double.compare(sorted[i - 1], sorted[i]) > 0) {
                throw new IllegalArgumentException("the weights of " + domainVar + " = " + domainValue
                        + " are not in order at " + i);
            }
        }
        return ofSorted(design, domainVar, domainValue, sorted, sorted, stratum);
    }

    private static WeightDiagnostic ofSorted(Design design, String domainVar, String domainValue, double[] sorted,
                                             double[] weights, int[] stratum) {
        int n = sorted.length;
        double sum = 0;
        for (double w : sorted) {
            sum += w;
        }
        double mean = sum / n;
        double squares = 0;
        for (double w : sorted) {
            squares += (w - mean) * (w - mean);
        }
        double cv = Math.sqrt(squares / n) / mean;
        double deff = 1 + cv * cv;
        double median = (sorted[(n - 1) / 2] + sorted[n / 2]) / 2;
        return new WeightDiagnostic(domainVar, domainValue, n, sum, sorted[0], median, sorted[n - 1], cv, deff,
                n / deff, largestOfRespondents(design, weights, stratum));
    }

    private static String largestOfRespondents(Design design, double[] weights, int[] stratum) {
        double[] largest = new double[design.strataCount()];
        int[] count = new int[design.strataCount()];
        java.util.Arrays.fill(largest, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < weights.length; i++) {
            largest[stratum[i]] = Math.max(largest[stratum[i]], weights[i]);
            count[stratum[i]]++;
        }
        return java.util.stream.IntStream.range(0, largest.length).filter(h -> count[h] > 0).boxed()
                .sorted(Comparator.comparingDouble((Integer h) -> largest[h]).reversed())
                .limit(LARGEST_STRATA)
                .map(h -> design.stratum(h).key() + " (largest w = " + String.format(Locale.ROOT, "%.1f", largest[h])
                        + ", n = " + count[h] + ")")
                .collect(Collectors.joining("; "));
    }
}
