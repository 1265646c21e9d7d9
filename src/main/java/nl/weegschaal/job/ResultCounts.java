package nl.weegschaal.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.RunStore;

/**
 * The counts a run records in its {@code runs} table and prints in its summary: records read per
 * export, records rejected and their reasons, respondents, estimates and strata (kept, dropped). Read
 * from the work store attached as {@code staging}; the trimmed respondents are counted by
 * {@link RunReweighting}.
 */
final class ResultCounts {
    private ResultCounts() {
    }

    static Map<String, Long> of(Statement statement, WaveSpec spec) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ResultSet r = statement.executeQuery("SELECT i.input, count(*) FROM staging." + RunStore.STAGED_RESPONSES
                + " JOIN staging." + RunStore.STAGED_INPUTS + " i USING (input_order) GROUP BY i.input "
                + "ORDER BY min(input_order)")) {
            while (r.next()) {
                counts.put("n_read_" + r.getString(1), r.getLong(2));
            }
        }
        String[][] queries = {{"n_rejected", "(SELECT DISTINCT source, line FROM staging." + RunStore.REJECTS + ")"},
            {"n_reject_reasons", "staging." + RunStore.REJECTS}, {"n_respondents", "staging." + RunStore.RESPONSES},
            {"n_estimates", "staging." + RunStore.ESTIMATES}};
        for (String[] count : queries) {
            try (ResultSet r = statement.executeQuery("SELECT count(*) FROM " + count[1])) {
                r.next();
                counts.put(count[0], r.getLong(1));
            }
        }
        try (ResultSet r = statement.executeQuery("SELECT count(DISTINCT collapsed_stratum) FILTER (NOT dropped), "
                + "count(*) FILTER (dropped) FROM staging." + RunStore.STRATA)) {
            r.next();
            counts.put("n_strata", r.getLong(1));
            counts.put("n_dropped_strata", r.getLong(2));
        }
        return counts;
    }
}
