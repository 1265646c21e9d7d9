package nl.weegschaal.publish.duckdb;

import static nl.weegschaal.publish.duckdb.ResultTable.quote;
import static nl.weegschaal.publish.duckdb.ResultTable.textColumns;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.weighting.WeightedStrata;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code weights}: per respondent, in file order, the record number, the id column (when the run
 * has one), the strata columns and the final weight. Only the record number, id and stratum index
 * are appended per respondent; DuckDB joins in the strata values and weights, which is several
 * times faster than appending the repeated text of every stratum a million times.
 */
final class WeightsTable implements ResultTable {
    static final String RECORD_NUMBER = "record_number";

    @Override
    public String createSql(WeighResult result) {
        return "CREATE TEMPORARY TABLE respondent_strata (record_number BIGINT, id VARCHAR, stratum INTEGER); "
                + "CREATE TEMPORARY TABLE stratum_weights (stratum INTEGER, "
                + textColumns(result.design().strataColumns()) + ", weight DOUBLE)";
    }

    @Override
    public void append(DuckDBConnection connection, WeighResult result) throws SQLException {
        ResponseTable table = result.table();
        List<String> ids = table.ids();
        int[] stratumOf = table.stratumOf();
        try (DuckDBAppender appender = connection.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "respondent_strata")) {
            for (int i = 0; i < stratumOf.length; i++) {
                appender.beginRow().append((long) i + 1);
                if (ids == null) {
                    appender.appendNull();
                } else {
                    appender.append(ids.get(i));
                }
                appender.append(stratumOf[i]).endRow();
            }
        }
        WeightedStrata weighted = result.weighted();
        try (DuckDBAppender appender = connection.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "stratum_weights")) {
            for (int h = 0; h < weighted.originals().size(); h++) {
                if (weighted.dropped(h)) {
                    continue; // no respondent is in a stratum without respondents
                }
                appender.beginRow().append(h);
                for (String value : weighted.originals().get(h).key().values()) {
                    appender.append(value);
                }
                appender.append(weighted.stratumOf(h).weight()).endRow();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(joinSql(result));
            statement.execute("DROP TABLE respondent_strata; DROP TABLE stratum_weights");
        }
    }

    private static String joinSql(WeighResult result) {
        String strata = result.design().strataColumns().stream().map(c -> "s." + quote(c))
                .collect(Collectors.joining(", "));
        String id = result.idColumn() == null ? "" : "r.id AS " + quote(result.idColumn()) + ", ";
        return "CREATE TABLE weights AS SELECT r.record_number AS " + RECORD_NUMBER + ", " + id + strata
                + ", s.weight FROM respondent_strata r JOIN stratum_weights s USING (stratum) ORDER BY r.record_number";
    }
}
