package nl.weegschaal.estimation;

import java.util.Locale;

/** The statistic of a numeric question's cell, as the {@code statistic} column names it. */
public enum NumericStatistic {
    /** The weighted total, R's {@code svytotal}. */
    TOTAL,
    /** The weighted mean {@code sum w y / sum w}, R's {@code svymean}. */
    MEAN,
    /** The ratio of two weighted totals, R's {@code svyratio(~num, ~den)}. */
    RATIO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
