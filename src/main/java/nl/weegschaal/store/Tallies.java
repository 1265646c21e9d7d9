package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.estimation.DomainTally;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.EstimationTarget;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of a wave's estimates, counted by DuckDB where the responses are: per
 * (domain value, level, stratum), the answers; per (domain value, stratum), those who answered.
 * Levels and domain values are the observed non-missing ones, sorted; derived levels follow the plain ones.
 */
public final class Tallies {
    private final DuckDBConnection connection;
    private final int strata;
    private final String join;

    /**
     * @param strataColumns the strata columns, by which {@code responses} joins the design's index
     * @param strata        the number of design strata
     */
    public Tallies(RunStore store, List<String> strataColumns, int strata) {
        this.connection = store.connection();
        this.strata = strata;
        this.join = " FROM " + RunStore.RESPONSES + " r JOIN " + RunStore.DESIGN_INDEX + " i USING ("
                + RunStore.quoted("", strataColumns) + ")";
    }

    /** Tallies for one target in each value of a domain variable (null: the total). */
    public record Of(List<String> labels, List<String> domainValues, DomainTally[] tallies) {
    }

    /** The tallies of a target, single choice or multiple response, in each value of a domain variable (null: the total). */
    public Of of(EstimationTarget target, @Nullable String domain) throws SQLException {
        return target instanceof EstimationTarget.Single single ? single(single, domain)
                : multiple((EstimationTarget.Multiple) target, domain);
    }

    private Of single(EstimationTarget.Single target, @Nullable String domain) throws SQLException {
        String variable = "r." + RunStore.quote(target.variable());
        List<String> levels = distinct(variable);
        List<String> values = domain == null ? List.of(Estimate.TOTAL) : distinct(dom(domain));
        int plain = levels.size();
        int[][][] counts = new int[values.size()][plain + target.derived().size()][strata];
        int[][] answered = new int[values.size()][strata];
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT i.h, " + dom(domain) + ", " + variable + ", count(*)" + join
                     + " WHERE " + variable + " IS NOT NULL AND " + dom(domain) + " IS NOT NULL GROUP BY ALL")) {
            while (r.next()) {
                int h = r.getInt(1);
                int d = values.indexOf(r.getString(2));
                int count = (int) r.getLong(4);
                counts[d][levels.indexOf(r.getString(3))][h] += count;
                answered[d][h] += count;
            }
        }
        int row = plain;
        for (List<String> parts : target.derived().values()) {
            for (String part : parts) {
                int level = levels.indexOf(part);
                for (int d = 0; d < values.size() && level >= 0; d++) {
                    for (int h = 0; h < strata; h++) {
                        counts[d][row][h] += counts[d][level][h];
                    }
                }
            }
            row++;
        }
        List<String> labels = new ArrayList<>(levels);
        labels.addAll(target.derived().keySet());
        return new Of(labels, values, tallies(counts, answered));
    }

    private Of multiple(EstimationTarget.Multiple target, @Nullable String domain) throws SQLException {
        List<String> columns = target.options().values().stream().map(c -> "r." + RunStore.quote(c)).toList();
        List<String> values = domain == null ? List.of(Estimate.TOTAL) : distinct(dom(domain));
        StringBuilder select = new StringBuilder("SELECT i.h, " + dom(domain) + ", count(*) FILTER (WHERE "
                + String.join(" IS NOT NULL OR ", columns) + " IS NOT NULL)");
        for (String column : columns) {
            select.append(", count(*) FILTER (WHERE ").append(column).append(" = '")
                    .append(EstimationTarget.Multiple.TICKED).append("')");
        }
        int[][][] counts = new int[values.size()][columns.size()][strata];
        int[][] answered = new int[values.size()][strata];
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery(select + join + " WHERE " + dom(domain) + " IS NOT NULL GROUP BY ALL")) {
            while (r.next()) {
                int h = r.getInt(1);
                int d = values.indexOf(r.getString(2));
                answered[d][h] += (int) r.getLong(3);
                for (int o = 0; o < columns.size(); o++) {
                    counts[d][o][h] += (int) r.getLong(4 + o);
                }
            }
        }
        return new Of(List.copyOf(target.options().keySet()), values, tallies(counts, answered));
    }

    private static String dom(@Nullable String domain) {
        return domain == null ? "'" + Estimate.TOTAL + "'" : "r." + RunStore.quote(domain);
    }

    private List<String> distinct(String expression) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT " + expression + " FROM " + RunStore.RESPONSES
                     + " r WHERE " + expression + " IS NOT NULL")) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        values.sort(null);
        return values;
    }

    private static DomainTally[] tallies(int[][][] counts, int[][] answered) {
        DomainTally[] tallies = new DomainTally[counts.length];
        for (int d = 0; d < counts.length; d++) {
            tallies[d] = new DomainTally(counts[d], answered[d]);
        }
        return tallies;
    }

}
