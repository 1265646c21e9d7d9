package nl.weegschaal.store;

import static nl.weegschaal.store.RunStore.quote;
import static nl.weegschaal.store.RunStore.quoted;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.WeightedStrata;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The weighted design in the work store: the respondents per stratum it is formed from, and, once
 * formed, the {@link RunStore#STRATA} table, the design strata with their weights
 * ({@link RunStore#DESIGN_STRATA}) and every original stratum's design stratum ({@link RunStore#DESIGN_INDEX}),
 * from which every respondent's weight follows ({@link WeightsSelect}). Later steps read the design from
 * here rather than form it again.
 */
public final class DesignTables {
    private final RunStore store;
    private final WaveSpec spec;

    public DesignTables(RunStore store, WaveSpec spec) {
        this.store = store;
        this.spec = spec;
    }

    /** n_h of every stratum with respondents, and where one of them is, for messages. */
    public record Counts(Map<StratumKey, Long> respondents, Map<StratumKey, String> example) {
    }

    public Counts respondentsPerStratum() throws SQLException {
        Map<StratumKey, Long> respondents = new LinkedHashMap<>();
        Map<StratumKey, String> example = new LinkedHashMap<>();
        int columns = spec.strataColumns().size();
        String strata = quoted("", spec.strataColumns());
        // the example is the first of "<source> line <n>" in text order; lines of as many digits compare
        // as numbers, so only the smallest line of each source and length is made into text
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT " + strata + ", sum(n)::BIGINT, min(source || ' line ' || line) "
                     + "FROM (SELECT " + strata + ", source, count(*) AS n, min(line) AS line FROM " + RunStore.RESPONSES
                     + " GROUP BY " + strata + ", source, length(line::VARCHAR)) GROUP BY ALL ORDER BY ALL")) {
            while (r.next()) {
                StratumKey key = key(r, columns);
                respondents.put(key, r.getLong(columns + 1));
                example.put(key, r.getString(columns + 2));
            }
        }
        return new Counts(respondents, example);
    }

    /**
     * Writes the strata, the design and its index; every respondent's weight follows from them (and a
     * calibration's g-weights) where the result is published ({@link WeightsSelect}).
     */
    public void write(WeightedStrata weighted) throws SQLException {
        StrataTable.write(store.connection(), weighted);
        Design design = weighted.design();
        store.execute("CREATE OR REPLACE TABLE " + RunStore.DESIGN_STRATA + " (h INTEGER, " + textColumns()
                + ", population DOUBLE, respondents BIGINT, weight DOUBLE)");
        try (DuckDBAppender appender = store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                RunStore.DESIGN_STRATA)) {
            for (int h = 0; h < design.strataCount(); h++) {
                StratumWeight s = design.stratum(h);
                appender.beginRow().append(h);
                for (String value : s.key().values()) {
                    appender.append(value);
                }
                appender.append(s.population()).append((long) s.respondents()).append(s.weight()).endRow();
            }
        }
        writeIndex(weighted);
    }

    /** Every original stratum with respondents and the index of its (possibly collapsed) design stratum. */
    private void writeIndex(WeightedStrata weighted) throws SQLException {
        store.execute("CREATE OR REPLACE TABLE " + RunStore.DESIGN_INDEX + " (" + textColumns() + ", h INTEGER)");
        try (DuckDBAppender appender = store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                RunStore.DESIGN_INDEX)) {
            for (int h = 0; h < weighted.originals().size(); h++) {
                if (weighted.dropped(h)) {
                    continue;
                }
                appender.beginRow();
                for (String value : weighted.originals().get(h).key().values()) {
                    appender.append(value);
                }
                appender.append(weighted.collapsedOf()[h]).endRow();
            }
        }
    }

    /** The design the weights step formed, as {@link #write} stored it. */
    public Design read() throws SQLException {
        List<StratumWeight> strata = new ArrayList<>();
        int columns = spec.strataColumns().size();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT " + quoted("", spec.strataColumns()) + ", population, respondents, "
                     + "weight FROM " + RunStore.DESIGN_STRATA + " ORDER BY h")) {
            while (r.next()) {
                strata.add(new StratumWeight(key(r, columns), r.getDouble(columns + 1), (int) r.getLong(columns + 2),
                        r.getDouble(columns + 3)));
            }
        }
        return new Design(spec.method(), spec.lonelyPsu(), spec.strataColumns(), strata);
    }

    /** The stratum of a row whose first columns are the strata columns. */
    private static StratumKey key(ResultSet row, int columns) throws SQLException {
        String[] key = new String[columns];
        for (int k = 0; k < columns; k++) {
            key[k] = row.getString(k + 1);
        }
        return StratumKey.of(key);
    }

    private String textColumns() {
        return String.join(", ", spec.strataColumns().stream().map(c -> quote(c) + " VARCHAR").toList());
    }
}
