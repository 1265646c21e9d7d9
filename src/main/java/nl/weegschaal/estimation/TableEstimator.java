package nl.weegschaal.estimation;

import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.ingest.CategoricalColumn;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.weighting.Design;
import org.jspecify.annotations.Nullable;

/**
 * Estimates every observed level of every variable, for the total and for each value of each domain
 * variable. One pass over the respondents per variable and domain variable counts answers per
 * (domain value, level, stratum); everything else is computed from those counts.
 */
public final class TableEstimator {
    private final ProportionEstimator estimator;

    public TableEstimator(Design design, double level) {
        this.estimator = new ProportionEstimator(design, level);
    }

    public List<Estimate> estimate(ResponseTable table, List<String> variables, List<String> domains) {
        List<Estimate> rows = new ArrayList<>();
        for (String variable : variables) {
            CategoricalColumn column = table.column(variable);
            DomainTally[] total = tally(table, column, null, 1);
            rows.addAll(estimator.estimate(variable, column.levels(), Estimate.TOTAL, Estimate.TOTAL, total[0]));
            for (String domain : domains) {
                CategoricalColumn domainColumn = table.column(domain);
                DomainTally[] tallies = tally(table, column, domainColumn, domainColumn.levels().size());
                for (int d = 0; d < tallies.length; d++) {
                    rows.addAll(estimator.estimate(variable, column.levels(), domain,
                            domainColumn.levels().get(d), tallies[d]));
                }
            }
        }
        return rows;
    }

    private static DomainTally[] tally(ResponseTable table, CategoricalColumn variable,
                                       @Nullable CategoricalColumn domain, int domainValues) {
        int strata = table.strata().size();
        int levels = variable.levels().size();
        int[][][] counts = new int[domainValues][levels][strata];
        int[] stratumOf = table.stratumOf();
        int[] codes = variable.codes();
        int @Nullable [] domainCodes = domain == null ? null : domain.codes();
        for (int i = 0; i < codes.length; i++) {
            int level = codes[i];
            int d = domainCodes == null ? 0 : domainCodes[i];
            if (level >= 0 && d >= 0) {
                counts[d][level][stratumOf[i]]++;
            }
        }
        DomainTally[] tallies = new DomainTally[domainValues];
        for (int d = 0; d < domainValues; d++) {
            tallies[d] = new DomainTally(counts[d], strata);
        }
        return tallies;
    }
}
