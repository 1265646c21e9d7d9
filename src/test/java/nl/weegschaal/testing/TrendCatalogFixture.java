package nl.weegschaal.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A wave catalog as the catalog contract (issue 16) lays it out, made with SQL from one real result of
 * the sample wave, until the catalog's own code is merged: three waves, {@code wave-2022} (every
 * estimate 0.9 times the real one, one total cell suppressed and the construction sector's
 * {@code banen_erbij} indicative), {@code wave-2023} (every estimate 0.02 higher than the real one,
 * within [0, 1]) and {@code wave-2024} (the real result); the views over them; and {@code changes}
 * between consecutive waves, significant where both cells are publishable and the change is above 3
 * points (independent waves for the first pair, overlapping samples with n in both for the second).
 */
public final class TrendCatalogFixture {
    public static final List<String> WAVES = List.of("wave-2022", "wave-2023", "wave-2024");
    private static final List<String> FROM = List.of("2022-09-12", "2023-09-18", "2024-09-16");
    private static final List<String> TO = List.of("2022-11-25", "2023-11-24", "2024-11-22");
    private static final List<String> VIEWS = List.of("estimates", "codebook", "breakdowns", "runs");

    private TrendCatalogFixture() {
    }

    /** Writes {@code catalog} from {@code result} (a result of the sample wave). */
    public static void write(Path result, Path catalog) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + catalog.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("ATTACH '" + result.toAbsolutePath() + "' AS r (READ_ONLY)");
            s.execute("CREATE TABLE waves (wave VARCHAR PRIMARY KEY, survey VARCHAR, fieldwork_from DATE, "
                    + "fieldwork_to DATE, result_file VARCHAR, result_bytes BIGINT, result_sha256 VARCHAR, run_id VARCHAR, "
                    + "method VARCHAR, registered_at TIMESTAMP, schema_name VARCHAR)");
            for (int w = 0; w < WAVES.size(); w++) {
                String schema = '"' + WAVES.get(w) + '"';
                s.execute("CREATE SCHEMA " + schema);
                for (String table : VIEWS) {
                    s.execute("CREATE TABLE " + schema + "." + table + " AS SELECT * FROM r." + table);
                }
                s.execute("INSERT INTO waves VALUES ('" + WAVES.get(w) + "', 'UWV Werkgeversonderzoek " + (2022 + w)
                        + "', DATE '" + FROM.get(w) + "', DATE '" + TO.get(w) + "', '" + result.toAbsolutePath()
                        + "', 0, '', '1-1', 'stratified', now(), '" + WAVES.get(w) + "')");
            }
            s.execute("UPDATE \"wave-2022\".estimates SET estimate = 0.9 * estimate, ci_lower = 0.9 * ci_lower, "
                    + "ci_upper = 0.9 * ci_upper");
            s.execute("UPDATE \"wave-2022\".estimates SET reliability = 'suppressed', reliability_reason = 'effective "
                    + "sample size 20.0 below 30.0' WHERE variable = 'ai_gebruik' AND level = 'hoge_mate' "
                    + "AND domain_var = 'total'");
            s.execute("UPDATE \"wave-2022\".estimates SET reliability = 'indicative', reliability_reason = 'interval "
                    + "wide' WHERE variable = 'banen_erbij' AND domain_value = '03'");
            s.execute("UPDATE \"wave-2023\".estimates SET estimate = least(1, estimate + 0.02), ci_lower = least(1, "
                    + "ci_lower + 0.02), ci_upper = least(1, ci_upper + 0.02) WHERE statistic = 'proportion'");
            for (String view : VIEWS) {
                List<String> parts = new ArrayList<>();
                for (String wave : WAVES) {
                    parts.add("SELECT w.wave, w.fieldwork_from, w.fieldwork_to, t.*" + (view.equals("runs") ? " EXCLUDE (wave)" : "") + " FROM \"" + wave + "\"." + view
                            + " t, waves w WHERE w.wave = '" + wave + "'");
                }
                s.execute("CREATE VIEW " + view + " AS " + String.join(" UNION ALL BY NAME ", parts));
            }
            changes(s);
        }
    }

    private static void changes(Statement s) throws SQLException {
        s.execute("CREATE TABLE changes (wave_from VARCHAR, wave_to VARCHAR, variable VARCHAR, level VARCHAR, "
                + "domain_var VARCHAR, domain_value VARCHAR, estimate_from DOUBLE, estimate_to DOUBLE, difference DOUBLE, "
                + "se_difference DOUBLE, ci_low DOUBLE, ci_high DOUBLE, p_value DOUBLE, significant BOOLEAN, "
                + "n_both BIGINT, comparison VARCHAR, note VARCHAR)");
        for (int w = 1; w < WAVES.size(); w++) {
            boolean overlap = w == 2;
            s.execute("INSERT INTO changes SELECT a.wave, b.wave, a.variable, a.level, a.domain_var, a.domain_value, "
                    + "a.estimate, b.estimate, b.estimate - a.estimate, 0.015, NULL, NULL, "
                    + "CASE WHEN a.reliability = 'publishable' AND b.reliability = 'publishable' THEN "
                    + "CASE WHEN abs(b.estimate - a.estimate) > 0.03 THEN 0.01 ELSE 0.5 END END, "
                    + "CASE WHEN a.reliability = 'publishable' AND b.reliability = 'publishable' THEN "
                    + "abs(b.estimate - a.estimate) > 0.03 END, "
                    + (overlap ? "least(a.n_unweighted, b.n_unweighted) // 2, 'overlapping samples', "
                    : "NULL, 'independent waves', ")
                    + "CASE WHEN a.reliability <> 'publishable' OR b.reliability <> 'publishable' THEN 'not publishable "
                    + "in both' END FROM estimates a JOIN estimates b USING (variable, level, domain_var, domain_value) "
                    + "WHERE a.wave = '" + WAVES.get(w - 1) + "' AND b.wave = '" + WAVES.get(w) + "' "
                    + "AND a.statistic = 'proportion'");
        }
    }
}
