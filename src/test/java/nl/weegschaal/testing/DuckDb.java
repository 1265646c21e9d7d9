package nl.weegschaal.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.Interval;

/** Reads query results from a result file, for assertions. */
public final class DuckDb {
    private DuckDb() {
    }

    public static List<Map<String, Object>> query(Path file, String sql) throws SQLException {
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    public static Object single(Path file, String sql) throws SQLException {
        return query(file, sql).get(0).values().iterator().next();
    }

    /** The result file's {@code estimates} table as estimates, in table order. */
    public static List<Estimate> estimates(Path file) throws SQLException {
        return query(file, "SELECT * FROM estimates").stream().map(DuckDb::estimate).toList();
    }

    private static Estimate estimate(Map<String, Object> row) {
        return new Estimate((String) row.get("variable"), (String) row.get("level"), (String) row.get("domain_var"),
                (String) row.get("domain_value"), (Long) row.get("n_unweighted"), (Double) row.get("weighted_count"),
                (Double) row.get("estimate"), (Double) row.get("se"),
                new Interval((Double) row.get("ci_wald_low"), (Double) row.get("ci_wald_high")),
                new Interval((Double) row.get("ci_logit_low"), (Double) row.get("ci_logit_high")),
                new Interval((Double) row.get("ci_beta_low"), (Double) row.get("ci_beta_high")),
                (Double) row.get("deff"), (Long) row.get("df"), (String) row.get("method"));
    }
}
