package nl.weegschaal.job.wave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.weegschaal.weighting.WeightDiagnostic;
import nl.weegschaal.weighting.WeightDiagnostics;
import org.duckdb.DuckDBConnection;

/**
 * The weight diagnostics of a wave: the respondents per domain value and design stratum, counted by
 * DuckDB over {@code responses} joined to {@code stratum_index} (as {@link SqlTallies} counts), for
 * the total and each value of each domain variable in sorted order (missing values only in the total).
 */
final class WaveWeightDiagnostics {
    private WaveWeightDiagnostics() {
    }

    static List<WeightDiagnostic> of(DuckDBConnection connection, WaveDesign wave, List<String> domains)
            throws SQLException {
        wave.writeIndex(connection);
        String join = " FROM " + DeriveStrataTasklet.RESPONSES + " r JOIN stratum_index i USING ("
                + String.join(", ", wave.design().strataColumns().stream().map(StagingStore::quote).toList()) + ")";
        int strata = wave.design().strataCount();
        List<WeightDiagnostic> result = new ArrayList<>();
        int[] total = new int[strata];
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT i.h, count(*)" + join + " GROUP BY ALL")) {
            while (r.next()) {
                total[r.getInt(1)] += (int) r.getLong(2);
            }
        }
        result.add(WeightDiagnostics.of(wave.design(), WeightDiagnostics.TOTAL, WeightDiagnostics.TOTAL, total));
        for (String domain : domains) {
            String column = "r." + StagingStore.quote(domain);
            Map<String, int[]> counts = new TreeMap<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT " + column + ", i.h, count(*)" + join + " WHERE " + column
                         + " IS NOT NULL GROUP BY ALL")) {
                while (r.next()) {
                    counts.computeIfAbsent(r.getString(1), v -> new int[strata])[r.getInt(2)] += (int) r.getLong(3);
                }
            }
            counts.forEach((value, n) -> result.add(WeightDiagnostics.of(wave.design(), domain, value, n)));
        }
        return result;
    }
}
