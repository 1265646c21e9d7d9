package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.CategoricalColumn;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.weighting.Design;
import org.jspecify.annotations.Nullable;

/**
 * Estimates every target, for the total and for each value of each domain variable. One pass over
 * the respondents per target and domain variable counts answers per (domain value, level,
 * stratum); everything else is computed from those counts.
 */
public final class TableEstimator {
    private final ProportionEstimator estimator;

    public TableEstimator(Design design, double level) {
        this.estimator = new ProportionEstimator(design, level);
    }

    /** Every observed level of each plain variable. */
    public List<Estimate> estimate(ResponseTable table, List<String> variables, List<String> domains) {
        return estimateTargets(table, variables.stream().<EstimationTarget>map(EstimationTarget.Single::of).toList(),
                domains);
    }

    public List<Estimate> estimateTargets(ResponseTable table, List<EstimationTarget> targets, List<String> domains) {
        List<Estimate> rows = new ArrayList<>();
        for (EstimationTarget target : targets) {
            rows.addAll(estimate(table, target, null, Estimate.TOTAL));
            for (String domain : domains) {
                rows.addAll(estimate(table, target, table.column(domain), domain));
            }
        }
        return rows;
    }

    private List<Estimate> estimate(ResponseTable table, EstimationTarget target, @Nullable CategoricalColumn domain,
                                    String domainVar) {
        DomainTally[] tallies;
        List<String> labels;
        if (target instanceof EstimationTarget.Single single) {
            CategoricalColumn column = table.column(single.variable());
            tallies = DomainTallies.single(table, column, single, domain);
            labels = DomainTallies.labels(column, single);
        } else {
            EstimationTarget.Multiple multiple = (EstimationTarget.Multiple) target;
            tallies = DomainTallies.multiple(table, multiple.options().values().stream().map(table::column).toList(),
                    domain);
            labels = DomainTallies.labels(multiple);
        }
        List<Estimate> rows = new ArrayList<>();
        for (int d = 0; d < tallies.length; d++) {
            String value = domain == null ? Estimate.TOTAL : domain.levels().get(d);
            rows.addAll(estimator.estimate(target.variable(), labels, domainVar, value, tallies[d]));
        }
        return rows;
    }
}
