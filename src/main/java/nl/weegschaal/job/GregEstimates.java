package nl.weegschaal.job;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.EstimationTarget;
import nl.weegschaal.estimation.GregProportionEstimator;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.RespondentValues;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.weighting.Design;
import org.jspecify.annotations.Nullable;

/**
 * The proportions of every target for the total and each domain value under a design calibrated to
 * totals, whose weights vary within strata: from every respondent's answer ({@link RespondentValues})
 * rather than per-stratum counts. Levels and domain values are the observed ones, sorted, as the
 * tallies of the other designs have them; a derived level is estimated as the share of answers in
 * any of its parts, and a multiple-response option as the share of ticks among those who answered
 * any option, each as a two-level variable, so that every row has its own calibrated variance.
 */
final class GregEstimates {
    private static final String OTHER = "\u0000other";
    private final GregProportionEstimator estimator;
    private final Map<String, RespondentValues.Levels> columns;
    private final int respondents;
    private final List<String> domains;

    private GregEstimates(GregProportionEstimator estimator, Map<String, RespondentValues.Levels> columns,
                          int respondents, List<String> domains) {
        this.estimator = estimator;
        this.columns = columns;
        this.respondents = respondents;
        this.domains = domains;
    }

    /** Every proportion of the targets, per target, per domain variable (the total first), per value. */
    static List<Estimate> of(WaveSpec spec, Design design, List<EstimationTarget> targets, RespondentValues values)
            throws SQLException {
        List<String> read = columns(spec, targets);
        GregEstimates estimates = new GregEstimates(new GregProportionEstimator(design, spec.level()),
                values.levels(read), values.respondents(), spec.domains());
        List<Estimate> rows = new ArrayList<>();
        for (EstimationTarget target : targets) {
            rows.addAll(estimates.of(target));
        }
        return rows;
    }

    /** The columns the targets and the domains are read from. */
    static List<String> columns(WaveSpec spec, List<EstimationTarget> targets) {
        LinkedHashSet<String> read = new LinkedHashSet<>(spec.domains());
        for (EstimationTarget target : targets) {
            if (target instanceof EstimationTarget.Multiple multiple) {
                read.addAll(multiple.options().values());
            } else {
                read.add(target.variable());
            }
        }
        return List.copyOf(read);
    }

    private List<Estimate> of(EstimationTarget target) {
        List<Estimate> rows = new ArrayList<>();
        rows.addAll(byDomain(target, Estimate.TOTAL, List.of(Estimate.TOTAL), new int[respondents]));
        for (String domain : domains) {
            RespondentValues.Levels values = columns.get(domain);
            rows.addAll(byDomain(target, domain, values.values(), values.index()));
        }
        return rows;
    }

    /** A target's rows in each value of one domain variable, ordered by value, then level. */
    private List<Estimate> byDomain(EstimationTarget target, String domainVar, List<String> values, int[] domain) {
        Map<String, List<Estimate>> byValue = new LinkedHashMap<>();
        values.forEach(v -> byValue.put(v, new ArrayList<>()));
        if (target instanceof EstimationTarget.Single single) {
            RespondentValues.Levels answers = columns.get(single.variable());
            add(byValue, estimator.estimate(single.variable(), answers.values(), answers.index(), domainVar, values,
                    domain), null);
            for (Map.Entry<String, List<String>> derived : single.derived().entrySet()) {
                add(byValue, estimator.estimate(single.variable(), List.of(derived.getKey(), OTHER),
                        inAny(answers, derived.getValue()), domainVar, values, domain), derived.getKey());
            }
        } else {
            EstimationTarget.Multiple multiple = (EstimationTarget.Multiple) target;
            boolean[] answered = answeredAny(multiple);
            for (Map.Entry<String, String> option : multiple.options().entrySet()) {
                add(byValue, estimator.estimate(multiple.variable(), List.of(option.getKey(), OTHER),
                        ticked(columns.get(option.getValue()), answered), domainVar, values, domain),
                        option.getKey());
            }
        }
        List<Estimate> rows = new ArrayList<>();
        byValue.values().forEach(rows::addAll);
        return rows;
    }

    /** Adds the rows of one estimate call to their domain values; of a two-level call only the level's. */
    private static void add(Map<String, List<Estimate>> byValue, List<Estimate> rows, @Nullable String only) {
        for (Estimate row : rows) {
            if (only == null || only.equals(row.level())) {
                byValue.get(row.domainValue()).add(row);
            }
        }
    }

    /** 0 for an answer in the parts, 1 for another answer, -1 for none. */
    private static int[] inAny(RespondentValues.Levels answers, List<String> parts) {
        boolean[] part = new boolean[answers.values().size()];
        for (int j = 0; j < part.length; j++) {
            part[j] = parts.contains(answers.values().get(j));
        }
        int[] index = answers.index();
        int[] result = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            result[i] = index[i] < 0 ? -1 : part[index[i]] ? 0 : 1;
        }
        return result;
    }

    private boolean[] answeredAny(EstimationTarget.Multiple multiple) {
        boolean[] answered = new boolean[respondents];
        for (String column : multiple.options().values()) {
            int[] index = columns.get(column).index();
            for (int i = 0; i < answered.length; i++) {
                answered[i] |= index[i] >= 0;
            }
        }
        return answered;
    }

    /** 0 ticked, 1 answered the question but not this option, -1 did not answer the question. */
    private static int[] ticked(RespondentValues.Levels option, boolean[] answered) {
        int tick = option.values().indexOf(EstimationTarget.Multiple.TICKED);
        int[] index = option.index();
        int[] result = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            result[i] = !answered[i] ? -1 : index[i] >= 0 && index[i] == tick ? 0 : 1;
        }
        return result;
    }
}
