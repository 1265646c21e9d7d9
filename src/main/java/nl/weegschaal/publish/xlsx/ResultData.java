package nl.weegschaal.publish.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.weegschaal.publish.OutputException;
import org.jspecify.annotations.Nullable;

/**
 * What the workbook needs from a result file, read once (read-only): the estimates, the strata,
 * respondents per mode and the run.
 *
 * @param domainN respondents per question and domain (the largest {@code n_unweighted} of its levels)
 * @param run     the {@code runs} row by column name (null values left out)
 */
record ResultData(Map<String, Cell> estimates, Map<String, Long> domainN, List<Stratum> strata,
                  Map<String, Long> modes, Map<String, Object> run) {

    /** One estimate: the domain's respondents, the proportion and its standard error. */
    record Cell(long n, double estimate, double se) {
    }

    /** One row of {@code strata}. */
    record Stratum(Map<String, String> key, double population, long respondents, @Nullable Double weight,
                   boolean dropped) {
    }

    static String key(String variable, String level, String domainVar, String domainValue) {
        return variable + '\u0000' + level + '\u0000' + domainVar + '\u0000' + domainValue;
    }

    static String domainKey(String variable, String domainVar, String domainValue) {
        return variable + '\u0000' + domainVar + '\u0000' + domainValue;
    }

    @Nullable Cell cell(String variable, String level, String domainVar, String domainValue) {
        return estimates.get(key(variable, level, domainVar, domainValue));
    }

    /** The respondents in a domain of a question (0 if the domain has none). */
    long n(String variable, String domainVar, String domainValue) {
        return domainN.getOrDefault(domainKey(variable, domainVar, domainValue), 0L);
    }

    static ResultData read(Path file, List<String> strataColumns) {
        if (!Files.isRegularFile(file)) {
            throw new OutputException("the result file " + file + " does not exist; run the wave first");
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
             Statement s = c.createStatement()) {
            Map<String, Cell> estimates = new HashMap<>();
            Map<String, Long> domainN = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT variable, level, domain_var, domain_value, n_unweighted, "
                    + "estimate, se FROM estimates")) {
                while (rs.next()) {
                    String variable = rs.getString(1);
                    long n = rs.getLong(5);
                    estimates.put(key(variable, rs.getString(2), rs.getString(3), rs.getString(4)),
                            new Cell(n, rs.getDouble(6), rs.getDouble(7)));
                    domainN.merge(domainKey(variable, rs.getString(3), rs.getString(4)), n, Math::max);
                }
            }
            List<Stratum> strata = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT * FROM strata")) {
                while (rs.next()) {
                    Map<String, String> key = new LinkedHashMap<>();
                    for (String column : strataColumns) {
                        key.put(column, rs.getString(column));
                    }
                    double weight = rs.getDouble("weight");
                    strata.add(new Stratum(key, rs.getDouble("population"), rs.getLong("respondents"),
                            rs.wasNull() ? null : weight, rs.getBoolean("dropped")));
                }
            }
            Map<String, Long> modes = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT mode, count(*) FROM responses GROUP BY mode ORDER BY mode")) {
                while (rs.next()) {
                    modes.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new ResultData(estimates, domainN, strata, modes, firstRow(s, "SELECT * FROM runs LIMIT 1"));
        } catch (SQLException e) {
            throw new OutputException("cannot read the result file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> firstRow(Statement s, String sql) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            if (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    if (value != null) {
                        row.put(meta.getColumnLabel(i), value);
                    }
                }
            }
        }
        return row;
    }
}
