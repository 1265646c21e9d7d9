package nl.weegschaal.publish.duckdb;

import static nl.weegschaal.publish.duckdb.ResultTable.textColumns;

import java.sql.SQLException;
import nl.weegschaal.weighting.StratumWeight;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code strata}: per stratum with respondents, N_h, n_h, the weight, and the lonely and certainty
 * flags; frame strata without respondents are listed with {@code dropped = true}.
 */
final class StrataTable implements ResultTable {
    @Override
    public String createSql(WeighResult result) {
        return "CREATE TABLE strata (" + textColumns(result.design().strataColumns())
                + ", population DOUBLE, respondents BIGINT NOT NULL, weight DOUBLE, sampling_fraction DOUBLE, "
                + "lonely BOOLEAN NOT NULL, certainty BOOLEAN NOT NULL, dropped BOOLEAN NOT NULL)";
    }

    @Override
    public void append(DuckDBConnection connection, WeighResult result) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "strata")) {
            for (StratumWeight s : result.design().strata()) {
                appender.beginRow();
                for (String value : s.key().values()) {
                    appender.append(value);
                }
                appender.append(s.population()).append((long) s.respondents()).append(s.weight())
                        .append(s.samplingFraction()).append(s.lonely()).append(s.certainty()).append(false)
                        .endRow();
            }
            for (var key : result.table().droppedStrata()) {
                appender.beginRow();
                for (String value : key.values()) {
                    appender.append(value);
                }
                appender.append(result.frame().population(key)).append(0L).appendNull().appendNull().append(false).append(false).append(true)
                        .endRow();
            }
        }
    }
}
