package nl.weegschaal.publish.duckdb;

import static nl.weegschaal.publish.duckdb.ResultTable.quote;
import static nl.weegschaal.publish.duckdb.ResultTable.textColumns;

import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.ingest.ResponseTable;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code weights}: the id column (or {@code record_number} when the run has none), the strata
 * columns and the final weight of every respondent.
 */
final class WeightsTable implements ResultTable {
    static final String RECORD_NUMBER = "record_number";

    @Override
    public String createSql(WeighResult result) {
        String id = result.idColumn() == null ? quote(RECORD_NUMBER) + " BIGINT" : quote(result.idColumn()) + " VARCHAR";
        return "CREATE TABLE weights (" + id + ", " + textColumns(result.design().strataColumns())
                + ", weight DOUBLE NOT NULL)";
    }

    @Override
    public void append(DuckDBConnection connection, WeighResult result) throws SQLException {
        ResponseTable table = result.table();
        int strata = table.strata().size();
        double[] weight = result.design().weights();
        String[][] keys = new String[strata][];
        for (int h = 0; h < strata; h++) {
            keys[h] = table.strata().get(h).values().toArray(String[]::new);
        }
        List<String> ids = table.ids();
        int[] stratumOf = table.stratumOf();
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "weights")) {
            for (int i = 0; i < stratumOf.length; i++) {
                appender.beginRow();
                if (ids == null) {
                    appender.append((long) i + 1);
                } else {
                    appender.append(ids.get(i));
                }
                for (String value : keys[stratumOf[i]]) {
                    appender.append(value);
                }
                appender.append(weight[stratumOf[i]]).endRow();
            }
        }
    }
}
