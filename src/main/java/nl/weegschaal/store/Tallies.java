package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.weegschaal.estimation.DomainTally;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.EstimationTarget;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of a wave's estimates, counted by DuckDB where the responses are: per
 * (domain value, level, stratum), the answers; per (domain value, stratum), those who answered.
 * Levels and domain values are the observed non-missing ones, sorted; derived levels follow the plain ones.
 *
 * <p>The columns that are counted are first taken once from {@link RunStore#RESPONSES} with each record's
 * design stratum ({@code h}, -1 for a record outside the design), as codes ({@link StagedValues}). Each
 * target is then one small query grouped by stratum, export, every domain variable and the answer, from
 * which the counts of every domain, the levels and the domain values all follow once decoded.
 */
public final class Tallies {
    private static final String ROWS = "tallied";
    private final RunStore store;
    private final StagedValues staged;
    private final List<String> domains;
    private final int strata;
    /** Per target (its variable), per domain variable (null: the total). */
    private final Map<String, Map<@Nullable String, Of>> counted = new HashMap<>();

    /**
     * Takes the counted columns of the responses (a temporary table of the store's connection).
     *
     * @param strataColumns the strata columns, by which {@code responses} joins the design's index
     * @param targets       every target that will be asked for
     * @param domains       the domain variables
     * @param strata        the number of design strata
     */
    public Tallies(RunStore store, StagedValues staged, List<String> strataColumns, List<EstimationTarget> targets,
                   List<String> domains, int strata) throws SQLException {
        this.store = store;
        this.staged = staged;
        this.domains = List.copyOf(new LinkedHashSet<>(domains));
        this.strata = strata;
        LinkedHashSet<String> columns = new LinkedHashSet<>(this.domains);
        for (EstimationTarget target : targets) {
            columns.addAll(columns(target));
        }
        store.execute("CREATE OR REPLACE TEMP TABLE " + ROWS + " AS SELECT coalesce(i.h, -1) AS h, r.input_order"
                + (columns.isEmpty() ? "" : ", " + RunStore.quoted("r.", List.copyOf(columns))) + " FROM "
                + RunStore.RESPONSES + " r LEFT JOIN " + RunStore.DESIGN_INDEX + " i USING ("
                + RunStore.quoted("", strataColumns) + ")");
    }

    /** Tallies for one target in each value of a domain variable (null: the total). */
    public record Of(List<String> labels, List<String> domainValues, DomainTally[] tallies) {
    }

    /** The tallies of a target, single choice or multiple response, in each value of a domain variable (null: the total). */
    public Of of(EstimationTarget target, @Nullable String domain) throws SQLException {
        Map<@Nullable String, Of> byDomain = counted.get(target.variable());
        if (byDomain == null) {
            Grouped grouped = group(target);
            byDomain = new HashMap<>();
            byDomain.put(null, grouped.of(target, -1));
            for (int d = 0; d < domains.size(); d++) {
                byDomain.put(domains.get(d), grouped.of(target, d));
            }
            counted.put(target.variable(), byDomain);
        }
        return byDomain.get(domain);
    }

    private static List<String> columns(EstimationTarget target) {
        return target instanceof EstimationTarget.Single single ? List.of(single.variable())
                : List.copyOf(((EstimationTarget.Multiple) target).options().values());
    }

    /**
     * One query for a target: per stratum, export and combination of domain values, for a single choice
     * the count of each answer (null too), for multiple response those who answered any option and, per
     * option, those who ticked it; decoded.
     */
    private Grouped group(EstimationTarget target) throws SQLException {
        List<String> columns = columns(target);
        StringBuilder select = new StringBuilder("SELECT h, input_order");
        for (String domain : domains) {
            select.append(", r.").append(RunStore.quote(domain));
        }
        if (target instanceof EstimationTarget.Single) {
            select.append(", r.").append(RunStore.quote(columns.get(0))).append(", count(*)");
        } else {
            select.append(", count(*) FILTER (WHERE ").append(String.join(" IS NOT NULL OR ",
                    RunStore.quoted("r.", columns).split(", "))).append(" IS NOT NULL)");
            for (String column : columns) {
                select.append(", count(*) FILTER (WHERE ")
                        .append(staged.holdsSql(column, EstimationTarget.Multiple.TICKED)).append(')');
            }
        }
        Grouped grouped = new Grouped(new ArrayList<>(), new TreeSet<>(), new ArrayList<>());
        for (int d = 0; d < domains.size(); d++) {
            grouped.domainValues().add(new TreeSet<>());
        }
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery(select + " FROM " + ROWS + " r GROUP BY ALL")) {
            while (r.next()) {
                boolean single = target instanceof EstimationTarget.Single;
                grouped.add(r, single ? columns.get(0) : null, single ? 1 : 1 + columns.size());
            }
        }
        return grouped;
    }

    /** A target's grouped counts, decoded: the rows, the levels seen and each domain's values seen. */
    private final class Grouped {
        private final List<Row> rows;
        private final TreeSet<String> levels;
        private final List<TreeSet<String>> domainValues;

        Grouped(List<Row> rows, TreeSet<String> levels, List<TreeSet<String>> domainValues) {
            this.rows = rows;
            this.levels = levels;
            this.domainValues = domainValues;
        }

        List<TreeSet<String>> domainValues() {
            return domainValues;
        }

        /** Adds a row of the query; {@code variable} is the single choice's column (null: multiple response). */
        void add(ResultSet r, @Nullable String variable, int counts) throws SQLException {
            int inputOrder = r.getInt(2);
            String[] values = new String[domains.size()];
            for (int d = 0; d < domains.size(); d++) {
                values[d] = staged.text(domains.get(d), r, 3 + d, inputOrder);
                if (values[d] != null) {
                    domainValues.get(d).add(values[d]);
                }
            }
            String level = variable == null ? null : staged.text(variable, r, 3 + domains.size(), inputOrder);
            if (level != null) {
                levels.add(level);
            }
            long[] n = new long[counts];
            int first = 3 + domains.size() + (variable == null ? 0 : 1);
            for (int c = 0; c < counts; c++) {
                n[c] = r.getLong(first + c);
            }
            rows.add(new Row(r.getInt(1), values, level, n));
        }

        /** The tallies in each value of domain {@code d} (-1: the total). */
        Of of(EstimationTarget target, int d) {
            List<String> values = d < 0 ? List.of(Estimate.TOTAL) : List.copyOf(domainValues.get(d));
            return target instanceof EstimationTarget.Single single ? single(single, d, values) : multiple(
                    (EstimationTarget.Multiple) target, d, values);
        }

        private Of single(EstimationTarget.Single target, int d, List<String> values) {
            List<String> plain = List.copyOf(levels);
            int[][][] counts = new int[values.size()][plain.size() + target.derived().size()][strata];
            int[][] answered = new int[values.size()][strata];
            for (Row row : rows) {
                String value = d < 0 ? Estimate.TOTAL : row.domains()[d];
                if (row.h() < 0 || value == null || row.level() == null) {
                    continue;
                }
                int v = values.indexOf(value);
                counts[v][plain.indexOf(row.level())][row.h()] += (int) row.counts()[0];
                answered[v][row.h()] += (int) row.counts()[0];
            }
            int level = plain.size();
            for (List<String> parts : target.derived().values()) {
                for (String part : parts) {
                    int of = plain.indexOf(part);
                    for (int v = 0; v < values.size() && of >= 0; v++) {
                        for (int h = 0; h < strata; h++) {
                            counts[v][level][h] += counts[v][of][h];
                        }
                    }
                }
                level++;
            }
            List<String> labels = new ArrayList<>(plain);
            labels.addAll(target.derived().keySet());
            return new Of(labels, values, tallies(counts, answered));
        }

        private Of multiple(EstimationTarget.Multiple target, int d, List<String> values) {
            int options = target.options().size();
            int[][][] counts = new int[values.size()][options][strata];
            int[][] answered = new int[values.size()][strata];
            for (Row row : rows) {
                String value = d < 0 ? Estimate.TOTAL : row.domains()[d];
                if (row.h() < 0 || value == null) {
                    continue;
                }
                int v = values.indexOf(value);
                answered[v][row.h()] += (int) row.counts()[0];
                for (int o = 0; o < options; o++) {
                    counts[v][o][row.h()] += (int) row.counts()[1 + o];
                }
            }
            return new Of(List.copyOf(target.options().keySet()), values, tallies(counts, answered));
        }
    }

    /** A grouped row: its design stratum (-1: none), domain values, answer (single choice) and counts. */
    private record Row(int h, @Nullable String[] domains, @Nullable String level, long[] counts) {
    }

    private static DomainTally[] tallies(int[][][] counts, int[][] answered) {
        DomainTally[] tallies = new DomainTally[counts.length];
        for (int d = 0; d < counts.length; d++) {
            tallies[d] = new DomainTally(counts[d], answered[d]);
        }
        return tallies;
    }
}
