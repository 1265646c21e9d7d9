package nl.weegschaal.publish.duckdb;

import static nl.weegschaal.publish.duckdb.ResultTable.textColumns;

import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.frame.StratumKey;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.StratumWeight;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code strata}: per stratum with respondents, N_h, n_h, the weight, and the lonely and certainty
 * flags; frame strata without respondents are listed with {@code dropped = true}.
 */
public final class StrataTable implements ResultTable {
    @Override
    public String createSql(WeighResult result) {
        return createSql(result.design());
    }

    static String createSql(Design design) {
        return "CREATE OR REPLACE TABLE strata (" + textColumns(design.strataColumns())
                + ", population DOUBLE, respondents BIGINT NOT NULL, weight DOUBLE, sampling_fraction DOUBLE, "
                + "lonely BOOLEAN NOT NULL, certainty BOOLEAN NOT NULL, dropped BOOLEAN NOT NULL)";
    }

    @Override
    public void append(DuckDBConnection connection, WeighResult result) throws SQLException {
        append(connection, result.design(), result.table().droppedStrata(), result.frame());
    }

    /** Writes the strata of a design, and the frame strata it dropped, into {@code strata}. */
    public static void write(DuckDBConnection connection, Design design, List<StratumKey> dropped,
                             PopulationFrame frame) throws SQLException {
        ResultTable.execute(connection, createSql(design));
        append(connection, design, dropped, frame);
    }

    private static void append(DuckDBConnection connection, Design design, List<StratumKey> dropped,
                               PopulationFrame frame) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "strata")) {
            for (StratumWeight s : design.strata()) {
                appender.beginRow();
                for (String value : s.key().values()) {
                    appender.append(value);
                }
                appender.append(s.population()).append((long) s.respondents()).append(s.weight())
                        .append(s.samplingFraction()).append(s.lonely()).append(s.certainty()).append(false)
                        .endRow();
            }
            for (StratumKey key : dropped) {
                appender.beginRow();
                for (String value : key.values()) {
                    appender.append(value);
                }
                appender.append(frame.population(key)).append(0L).appendNull().appendNull().append(false).append(false).append(true)
                        .endRow();
            }
        }
    }
}
