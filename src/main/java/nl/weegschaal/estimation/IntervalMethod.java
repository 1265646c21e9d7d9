package nl.weegschaal.estimation;

import java.util.Locale;

/**
 * The interval that is published beside a proportion ({@code publication.interval}), always within
 * [0, 1]: the result keeps all three, the workbook and the result's {@code ci_lower}/{@code ci_upper}
 * show the chosen one.
 *
 * <ul>
 *   <li>{@link #KORN_GRAUBARD} (default): the Korn-Graubard interval, Clopper-Pearson with the effective
 *       sample size; at p = 0 or 1 the Clopper-Pearson interval with n = n_d.</li>
 *   <li>{@link #LOGIT}: the logit interval; at p = 0 or 1, where it shrinks to the point, the
 *       Clopper-Pearson interval instead, so that a zero is never published as exact.</li>
 *   <li>{@link #WALD}: p -/+ 1.96 se, cut off at 0 and 1; at p = 0 or 1, where se = 0, Clopper-Pearson.</li>
 * </ul>
 */
public enum IntervalMethod {
    KORN_GRAUBARD, LOGIT, WALD;

    /** The spec's word: {@code korn_graubard}, {@code logit}, {@code wald}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The interval of {@code e} this method publishes, within [0, 1]; undefined where it is. */
    public Interval published(Estimate e) {
        boolean extreme = e.estimate() == 0 || e.estimate() == 1;
        Interval chosen = switch (this) {
            case KORN_GRAUBARD -> e.beta();
            case LOGIT -> extreme ? e.beta() : e.logit();
            case WALD -> extreme ? e.beta() : e.wald();
        };
        if (chosen.low() == null || chosen.high() == null) {
            return Interval.UNDEFINED;
        }
        return new Interval(Math.max(0.0, chosen.low()), Math.min(1.0, chosen.high()));
    }
}
