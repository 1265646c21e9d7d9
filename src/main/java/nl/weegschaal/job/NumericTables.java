package nl.weegschaal.job;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** A domain variable's observed values (sorted) and, per respondent, the index of its value (-1: none). */
    private record DomainValues(String variable, List<String> values, int[] index) {
    }

    /**
     * Reads what {@link #estimate} needs that the respondents' reader has not read yet, in one pass over
     * the respondents: their strata, every numeric answer and every domain variable (at a million
     * respondents each pass reads their strata and places again, half a second). After it, estimate
     * reads nothing from the work store.
     */
    static void read(WaveSpec spec, RespondentValues respondents) throws SQLException {
        List<Question> numeric = spec.estimated().stream().filter(Question::isNumeric).toList();
        if (!numeric.isEmpty()) {
            respondents.readMissing(spec.domains(), numeric.stream().map(Question::name).toList());
        }
    }

    static List<NumericEstimate> estimate(WaveSpec spec, Design design, RespondentValues respondents)
            throws SQLException {
        List<Question> numeric = spec.estimated().stream().filter(Question::isNumeric).toList();
        if (numeric.isEmpty()) {
            return List.of();
        }
        read(spec, respondents);
        NumericEstimator estimator = NumericEstimator.of(design, respondents.strata());
        Map<String, double[]> values = new LinkedHashMap<>();
        for (Question q : numeric) {
            values.put(q.name(), respondents.numbers(q.name()));
        }
        List<DomainValues> domains = domains(respondents, spec, values.values().iterator().next().length);
        List<Cells> cells = new ArrayList<>();
        for (Question q : numeric) {
            for (DomainValues domain : domains) {
                cells.add(new Cells(q, domain));
            }
        }
        // each question in each domain variable is a pass over every respondent of its own, independent of
        // the others: they run side by side on the machine's cores, and are put together in their order
        List<NumericEstimate> estimates = new ArrayList<>();
        cells.parallelStream().map(c -> c.estimate(estimator, values)).forEachOrdered(estimates::addAll);
        return estimates;
    }

    /** A numeric question in a domain variable: its totals and means, and its ratios, in every value. */
    private record Cells(Question question, DomainValues domain) {
        List<NumericEstimate> estimate(NumericEstimator estimator, Map<String, double[]> values) {
            double[] y = values.get(question.name());
            List<NumericEstimate> estimates = new ArrayList<>(estimator.totalsAndMeans(question.name(), y,
                    domain.variable(), domain.values(), domain.index()));
            for (String denominator : Objects.requireNonNull(question.numeric()).ratioTo()) {
                estimates.addAll(estimator.ratios(question.name(), y, denominator, values.get(denominator),
                        domain.variable(), domain.values(), domain.index()));
            }
            return estimates;
        }
    }

    /** The total, then every domain variable with its observed values in sorted order. */
    private static List<DomainValues> domains(RespondentValues respondents, WaveSpec spec, int n)
            throws SQLException {
        List<DomainValues> domains = new ArrayList<>();
        domains.add(new DomainValues(Estimate.TOTAL, List.of(Estimate.TOTAL), new int[n]));
        Map<String, RespondentValues.Levels> levels = respondents.levels(spec.domains());
        for (String domain : spec.domains()) {
            domains.add(new DomainValues(domain, levels.get(domain).values(), levels.get(domain).index()));
        }
        return domains;
    }
}
