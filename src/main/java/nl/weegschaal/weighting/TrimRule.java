package nl.weegschaal.weighting;

import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * An upper bound on the weights: a multiple of the median weight (over respondents, before
 * trimming), an absolute bound, or the smaller of the two.
 */
public record TrimRule(@Nullable Double maxRatio, @Nullable Double maxWeight) {
    public static final TrimRule NONE = new TrimRule(null, null);

    public TrimRule {
        if (maxRatio != null && !(maxRatio > 1)) {
            throw new InvalidSetting(InvalidSetting.Setting.TRIM_MAX_RATIO, "must be above 1 (a multiple of the median "
                    + "weight)", maxRatio);
        }
        if (maxWeight != null && !(maxWeight > 0)) {
            throw new InvalidSetting(InvalidSetting.Setting.TRIM_MAX_WEIGHT, "must be a positive weight", maxWeight);
        }
    }

    public boolean trims() {
        return maxRatio != null || maxWeight != null;
    }

    /** The cap for a design's weights. */
    public double cap(Design untrimmed) {
        return cap(untrimmed.strata());
    }

    /** The cap for strata with their weights before trimming. */
    public double cap(java.util.List<StratumWeight> untrimmed) {
        double cap = maxWeight == null ? Double.POSITIVE_INFINITY : maxWeight;
        return maxRatio == null ? cap : Math.min(cap, maxRatio * medianWeight(untrimmed));
    }

    /** The median of the respondents' weights (the mean of the two middle ones for an even count). */
    public static double medianWeight(Design design) {
        return medianWeight(design.strata());
    }

    /** The median of the respondents' weights of these strata. */
    public static double medianWeight(java.util.List<StratumWeight> design) {
        StratumWeight[] strata = design.toArray(StratumWeight[]::new);
        Arrays.sort(strata, Comparator.comparingDouble(StratumWeight::weight));
        long n = 0;
        for (StratumWeight s : strata) {
            n += s.respondents();
        }
        return (weightAt(strata, (n - 1) / 2) + weightAt(strata, n / 2)) / 2;
    }

    private static double weightAt(StratumWeight[] sorted, long position) {
        long seen = 0;
        for (StratumWeight s : sorted) {
            seen += s.respondents();
            if (position < seen) {
                return s.weight();
            }
        }
        throw new IllegalStateException("position " + position + " beyond " + seen + " respondents");
    }
}
