package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.WeightDiagnostic;
import nl.weegschaal.weighting.WeightDiagnostics;

/**
 * The weight diagnostics of a run: the respondents per domain value and design stratum, counted by
 * DuckDB over {@code responses} joined to the design's index (as {@link Tallies} counts), for the
 * total and each value of each domain variable in sorted order (missing values only in the total).
 */
public final class WeightDiagnosticCounts {
    private WeightDiagnosticCounts() {
    }

    public static List<WeightDiagnostic> of(RunStore store, Design design, List<String> domains) throws SQLException {
        String join = " FROM " + RunStore.RESPONSES + " r JOIN " + RunStore.DESIGN_INDEX + " i USING ("
                + RunStore.quoted("", design.strataColumns()) + ")";
        int strata = design.strataCount();
        List<WeightDiagnostic> result = new ArrayList<>();
        int[] total = new int[strata];
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT i.h, count(*)" + join + " GROUP BY ALL")) {
            while (r.next()) {
                total[r.getInt(1)] += (int) r.getLong(2);
            }
        }
        result.add(WeightDiagnostics.of(design, Estimate.TOTAL, Estimate.TOTAL, total));
        for (String domain : domains) {
            String column = "r." + RunStore.quote(domain);
            Map<String, int[]> counts = new TreeMap<>();
            try (Statement s = store.connection().createStatement();
                 ResultSet r = s.executeQuery("SELECT " + column + ", i.h, count(*)" + join + " WHERE " + column
                         + " IS NOT NULL GROUP BY ALL")) {
                while (r.next()) {
                    counts.computeIfAbsent(r.getString(1), v -> new int[strata])[r.getInt(2)] += (int) r.getLong(3);
                }
            }
            counts.forEach((value, n) -> result.add(WeightDiagnostics.of(design, domain, value, n)));
        }
        return result;
    }
}
