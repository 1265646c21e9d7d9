package nl.weegschaal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * One query counts every combination of domain values per stratum, on codes ({@link StagedValues});
 * each domain's counts are its margins.
 */
public final class WeightDiagnosticCounts {
    private WeightDiagnosticCounts() {
    }

    /** The diagnostics of the total, then of each value of each domain variable, from one count. */
    public static List<WeightDiagnostic> of(RunStore store, StagedValues staged, Design design, List<String> domains)
            throws SQLException {
        List<String> columns = List.copyOf(new LinkedHashSet<>(domains));
        int strata = design.strataCount();
        int[] total = new int[strata];
        List<Map<String, int[]>> counts = new ArrayList<>();
        columns.forEach(c -> counts.add(new TreeMap<>()));
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT i.h, r.input_order" + (columns.isEmpty() ? "" : ", "
                     + RunStore.quoted("r.", columns)) + ", count(*) FROM " + RunStore.RESPONSES + " r JOIN "
                     + RunStore.DESIGN_INDEX + " i USING (" + RunStore.quoted("", design.strataColumns())
                     + ") GROUP BY ALL")) {
            while (r.next()) {
                int h = r.getInt(1);
                int n = (int) r.getLong(3 + columns.size());
                total[h] += n;
                for (int d = 0; d < columns.size(); d++) {
                    String value = staged.text(columns.get(d), r, 3 + d, r.getInt(2));
                    if (value != null) {
                        counts.get(d).computeIfAbsent(value, v -> new int[strata])[h] += n;
                    }
                }
            }
        }
        List<WeightDiagnostic> result = new ArrayList<>();
        result.add(WeightDiagnostics.of(design, Estimate.TOTAL, Estimate.TOTAL, total));
        for (String domain : domains) {
            counts.get(columns.indexOf(domain)).forEach((value, n) -> result.add(WeightDiagnostics.of(design, domain,
                    value, n)));
        }
        return result;
    }
}
