package nl.weegschaal.job.wave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.Numbers;
import nl.weegschaal.frame.FrameException;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.StratumWeight;
import nl.weegschaal.weighting.SampleStrata;
import nl.weegschaal.weighting.WeightedStrata;
import nl.weegschaal.weighting.Weighting;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The weighted design of a wave, formed from the respondents per stratum that DuckDB counts in the
 * {@code responses} table. The strata are those of the frame with respondents, in frame order (as
 * in the {@code weigh} command), and {@code stratum_index} maps each to its position.
 */
record WaveDesign(WeightedStrata weighted, List<StratumKey> dropped) {

    static WaveDesign of(WaveSpec spec, PopulationFrame frame, DuckDBConnection connection) throws SQLException {
        Map<StratumKey, long[]> counts = new HashMap<>();
        String strata = String.join(", ", spec.strataColumns().stream().map(StagingStore::quote).toList());
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT " + strata + ", count(*), min(source || ' line ' || line) FROM "
                     + DeriveStrataTasklet.RESPONSES + " GROUP BY ALL")) {
            while (r.next()) {
                String[] key = new String[spec.strataColumns().size()];
                for (int k = 0; k < key.length; k++) {
                    key[k] = r.getString(k + 1);
                }
                StratumKey stratum = StratumKey.of(key);
                if (!frame.contains(stratum)) {
                    throw new FrameException("stratum " + stratum + " has " + r.getLong(key.length + 1)
                            + " respondents (e.g. " + r.getString(key.length + 2) + ") but is not in the frame "
                            + frame.source().getFileName());
                }
                counts.put(stratum, new long[] {r.getLong(key.length + 1)});
            }
        }
        List<StratumWeight> sample = new ArrayList<>();
        List<StratumKey> dropped = new ArrayList<>();
        for (StratumKey key : frame.counts().keySet()) {
            long[] n = counts.get(key);
            if (n == null) {
                dropped.add(key);
                continue;
            }
            double population = frame.population(key);
            if (n[0] > population) {
                throw new FrameException("stratum " + key + " has " + n[0] + " respondents but the frame "
                        + frame.source().getFileName() + " says N = " + Numbers.format(population));
            }
            sample.add(Weighting.unweighted(key, population, (int) n[0]));
        }
        WeightedStrata weighted = WeightedStrata.weigh(spec.method(), spec.lonelyPsu(), spec.trim(),
                spec.strataColumns(), sample, SampleStrata.empty(dropped, frame), spec.collapse());
        return new WaveDesign(weighted, weighted.droppedStrata());
    }

    /** The design (with collapsed strata, when the spec collapses sparse strata). */
    Design design() {
        return weighted.design();
    }

    /**
     * {@code stratum_index(<strata columns>, h)} as a temporary table, for joining to the responses:
     * every original stratum with the index of its (possibly collapsed) design stratum.
     */
    void writeIndex(DuckDBConnection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE stratum_index (" + String.join(", ", design().strataColumns()
                    .stream().map(c -> StagingStore.quote(c) + " VARCHAR").toList()) + ", h INTEGER)");
        }
        try (DuckDBAppender appender = connection.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA,
                "stratum_index")) {
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
}
