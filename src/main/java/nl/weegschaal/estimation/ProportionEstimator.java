package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.weighting.Design;

/**
 * Weighted proportions of every level of a categorical variable in a domain, with Taylor-linearised
 * standard errors, intervals and design effects.
 *
 * <pre>W = sum_h w_h m_h,   p_j = sum_h w_h k_hj / W,   weighted count = p_j W</pre>
 *
 * A level with no answers in the domain gets p = 0; a domain where nobody answered gets no rows.
 */
public final class ProportionEstimator {
    private final double[] weight;
    private final VarianceEstimator variance;
    private final DesignEffect designEffect;
    private final ConfidenceIntervals intervals;
    private final String method;

    public ProportionEstimator(Design design, double level) {
        this.weight = design.weights();
        this.variance = VarianceEstimator.of(design);
        this.designEffect = new DesignEffect(weight);
        this.intervals = new ConfidenceIntervals(level);
        this.method = design.method().code();
    }

    /**
     * @param levels the labels of the variable's levels, index j matching the tally
     */
    public List<Estimate> estimate(String variable, List<String> levels, String domainVar,
                                   String domainValue, DomainTally tally) {
        long answered = tally.answeredTotal();
        if (answered == 0) {
            return List.of();
        }
        double total = 0;
        for (int h = 0; h < weight.length; h++) {
            total += weight[h] * tally.answered(h);
        }
        long df = variance.degreesOfFreedom(tally);
        List<Estimate> rows = new ArrayList<>(levels.size());
        for (int j = 0; j < levels.size(); j++) {
            double count = 0;
            for (int h = 0; h < weight.length; h++) {
                count += weight[h] * tally.count(j, h);
            }
            double p = count / total;
            double v = (p == 0 || p == 1) ? 0.0 : Math.max(0.0, variance.variance(tally, j, p, total));
            double se = Math.sqrt(v);
            rows.add(new Estimate(variable, levels.get(j), domainVar, domainValue, answered, count, p, se,
                    intervals.wald(p, se), intervals.logit(p, se, df),
                    intervals.kornGraubard(p, v, answered, df),
                    designEffect.of(tally, j, p, total, v), df, method));
        }
        return rows;
    }
}
