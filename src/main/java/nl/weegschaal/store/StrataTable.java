package nl.weegschaal.store;

import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightedStrata;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code strata}: per stratum with respondents, N_h, n_h, the weight, and the lonely and certainty
 * flags; frame strata without respondents are listed with {@code dropped = true}.
 */
public final class StrataTable {
    private StrataTable() {
    }

    static String createSql(Design design) {
        return "CREATE OR REPLACE TABLE " + RunStore.STRATA + " (" + String.join(", ", design.strataColumns().stream()
                .map(c -> RunStore.quote(c) + " VARCHAR").toList())
                + ", population DOUBLE, respondents BIGINT NOT NULL, weight DOUBLE, sampling_fraction DOUBLE, "
                + "lonely BOOLEAN NOT NULL, certainty BOOLEAN NOT NULL, dropped BOOLEAN NOT NULL, "
                + "collapsed_stratum VARCHAR, design_population DOUBLE, design_respondents BIGINT, "
                + "untrimmed_weight DOUBLE)";
    }

    /**
     * Writes every original stratum into {@code strata}: its N_h and n_h, and the weight, flags and
     * label of the design stratum it belongs to (itself, or the collapsed stratum it was merged
     * into); frame strata without respondents are listed as dropped.
     */
    public static void write(DuckDBConnection connection, WeightedStrata weighted) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(createSql(weighted.design()));
        }
        append(connection, weighted);
    }

    private static void append(DuckDBConnection connection, WeightedStrata weighted) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "strata")) {
            for (int h = 0; h < weighted.originals().size(); h++) {
                StratumWeight original = weighted.originals().get(h);
                if (weighted.dropped(h)) {
                    appender.beginRow();
                    for (String value : original.key().values()) {
                        appender.append(value);
                    }
                    appender.append(original.population()).append(0L).appendNull().appendNull().append(false)
                            .append(false).append(true).appendNull().appendNull().appendNull().appendNull().endRow();
                    continue;
                }
                StratumWeight s = weighted.stratumOf(h);
                appender.beginRow();
                for (String value : original.key().values()) {
                    appender.append(value);
                }
                appender.append(original.population()).append((long) original.respondents()).append(s.weight())
                        .append(s.samplingFraction()).append(s.lonely()).append(s.certainty()).append(false)
                        .append(s.key().toString()).append(s.population()).append((long) s.respondents())
                        .append(weighted.untrimmed()[weighted.collapsedOf()[h]]).endRow();
            }
        }
    }
}
