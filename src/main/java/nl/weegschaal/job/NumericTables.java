package nl.weegschaal.job;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.NumericEstimate;
import nl.weegschaal.estimation.NumericEstimator;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.RespondentValues;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.weighting.Design;

/**
 * The totals, means and ratios of a run's numeric questions: for the total and every value of every
 * domain (observed, sorted, as for proportions), each numeric question's weighted total and mean among
 * the respondents with a value, and each of its ratios ({@code ratio_to}, {@code --ratio}) among those
 * with both values. Reads every respondent's stratum, values and domain values once
 * ({@link RespondentValues}).
 */
final class NumericTables {
    private NumericTables() {
    }

    /** A domain's membership: its variable and value and, per respondent, whether it is in it. */
    private record DomainCell(String variable, String value, boolean[] members) {
    }

    static List<NumericEstimate> estimate(RunStore store, WaveSpec spec, Design design) throws SQLException {
        List<Question> numeric = spec.estimated().stream().filter(Question::isNumeric).toList();
        if (numeric.isEmpty()) {
            return List.of();
        }
        RespondentValues respondents = new RespondentValues(store, spec);
        NumericEstimator estimator = NumericEstimator.of(design, respondents.strata());
        Map<String, double[]> values = new LinkedHashMap<>();
        for (Question q : numeric) {
            values.put(q.name(), respondents.numbers(q.name()));
        }
        List<NumericEstimate> estimates = new ArrayList<>();
        for (Question q : numeric) {
            double[] y = values.get(q.name());
            for (DomainCell cell : cells(respondents, spec, y.length)) {
                estimates.addAll(estimator.totalAndMean(q.name(), y, cell.variable(), cell.value(), cell.members()));
                for (String denominator : Objects.requireNonNull(q.numeric()).ratioTo()) {
                    estimator.ratio(q.name(), y, denominator, values.get(denominator), cell.variable(), cell.value(),
                            cell.members()).ifPresent(estimates::add);
                }
            }
        }
        return estimates;
    }

    /** The total, then every domain's observed values in sorted order. */
    private static List<DomainCell> cells(RespondentValues respondents, WaveSpec spec, int n) throws SQLException {
        List<DomainCell> cells = new ArrayList<>();
        boolean[] everyone = new boolean[n];
        Arrays.fill(everyone, true);
        cells.add(new DomainCell(Estimate.TOTAL, Estimate.TOTAL, everyone));
        for (String domain : spec.domains()) {
            String[] texts = respondents.texts(domain);
            TreeSet<String> observed = new TreeSet<>();
            Arrays.stream(texts).filter(Objects::nonNull).forEach(observed::add);
            for (String value : observed) {
                boolean[] members = new boolean[n];
                for (int i = 0; i < n; i++) {
                    members[i] = value.equals(texts[i]);
                }
                cells.add(new DomainCell(domain, value, members));
            }
        }
        return cells;
    }
}
