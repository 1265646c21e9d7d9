package nl.weegschaal.publish.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A small result file with the tables and columns the catalog reads ({@code estimates}, {@code runs} with
 * {@code run_id}, {@code wave}, {@code method}, {@code n_respondents}, {@code strata}, {@code weights}), so that
 * the catalog's tests need no wave run: the share of {@code banen_erbij = ja} is {@code share} in the total and
 * in two size classes.
 */
final class FakeResult {
    private FakeResult() {
    }

    static Path write(Path file, String wave, double share, String extraEstimateColumn) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE estimates (variable VARCHAR, level VARCHAR, domain_var VARCHAR, "
                    + "domain_value VARCHAR, estimate DOUBLE, se DOUBLE" + extraEstimateColumn + ")");
            String extra = extraEstimateColumn.isEmpty() ? "" : ", 'x'";
            s.execute("INSERT INTO estimates VALUES ('banen_erbij', 'ja', 'total', 'total', " + share + ", 0.01" + extra
                    + "), ('banen_erbij', 'ja', 'size_class', '2-19', " + (share - 0.05) + ", 0.02" + extra
                    + "), ('banen_erbij', 'ja', 'size_class', '100+', " + (share + 0.2) + ", 0.03" + extra + ")");
            s.execute("CREATE TABLE runs AS SELECT 'run-" + wave + "' AS run_id, '" + wave + "' AS wave, "
                    + "'stratified' AS method, 2306::BIGINT AS n_respondents");
            s.execute("CREATE TABLE strata AS SELECT '01' AS sector, 100.0 AS population");
            s.execute("CREATE TABLE weights AS SELECT 'V1' AS respondent_id, 100.0 AS weight");
            s.execute("CREATE TABLE responses AS SELECT 'V1' AS respondent_id"); // not one of the catalog's tables
        }
        return file;
    }

    static Path write(Path file, String wave, double share) throws Exception {
        return write(file, wave, share, "");
    }
}
