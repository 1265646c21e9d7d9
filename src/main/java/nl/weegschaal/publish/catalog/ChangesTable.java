package nl.weegschaal.publish.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the {@code changes} table to the pairs of consecutive waves: after a registration or removal of a wave,
 * the rows of pairs that are no longer consecutive and of pairs touching that wave go, and the pairs that are
 * new or touch it are computed again by the {@link ChangeSource}. Runs inside the caller's transaction.
 */
final class ChangesTable {
    private static final String INSERT = "INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ChangeSource source;

    ChangesTable(ChangeSource source) {
        this.source = source;
    }

    /** Brings the table from the waves {@code before} to those {@code after} a change of {@code wave}. */
    void update(Connection connection, List<CatalogWave> before, List<CatalogWave> after, String wave)
            throws SQLException {
        Map<String, CatalogWave[]> was = pairs(before);
        Map<String, CatalogWave[]> is = pairs(after);
        try (PreparedStatement touching = connection.prepareStatement(
                "DELETE FROM changes WHERE wave_from = ? OR wave_to = ?")) {
            touching.setString(1, wave);
            touching.setString(2, wave);
            touching.executeUpdate();
        }
        for (Map.Entry<String, CatalogWave[]> pair : was.entrySet()) {
            if (!is.containsKey(pair.getKey())) {
                delete(connection, pair.getValue());
            }
        }
        for (Map.Entry<String, CatalogWave[]> pair : is.entrySet()) {
            CatalogWave[] waves = pair.getValue();
            if (!was.containsKey(pair.getKey()) || waves[0].wave().equals(wave) || waves[1].wave().equals(wave)) {
                insert(connection, source.between(waves[0], waves[1], connection));
            }
        }
    }

    /** The pairs of consecutive waves, by "from\u0000to". */
    private static Map<String, CatalogWave[]> pairs(List<CatalogWave> waves) {
        Map<String, CatalogWave[]> pairs = new LinkedHashMap<>();
        for (int i = 1; i < waves.size(); i++) {
            pairs.put(waves.get(i - 1).wave() + '\u0000' + waves.get(i).wave(),
                    new CatalogWave[] {waves.get(i - 1), waves.get(i)});
        }
        return pairs;
    }

    private static void delete(Connection connection, CatalogWave[] pair) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM changes WHERE wave_from = ? AND wave_to = ?")) {
            delete.setString(1, pair[0].wave());
            delete.setString(2, pair[1].wave());
            delete.executeUpdate();
        }
    }

    private static void insert(Connection connection, List<Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Change c : changes) {
                List<Object> values = new ArrayList<>(List.of(c.waveFrom(), c.waveTo(), c.variable(), c.level(),
                        c.domainVar(), c.domainValue(), c.estimateFrom(), c.estimateTo(), c.difference()));
                values.addAll(java.util.Arrays.asList(c.seDifference(), c.ciLow(), c.ciHigh(), c.pValue(),
                        c.significant(), c.nBoth(), c.comparison(), c.note()));
                for (int i = 0; i < values.size(); i++) {
                    set(insert, i + 1, values.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void set(PreparedStatement insert, int index, Object value) throws SQLException {
        if (Objects.isNull(value)) {
            insert.setNull(index, Types.NULL);
        } else {
            insert.setObject(index, value);
        }
    }
}
