package nl.weegschaal.publish.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The catalog's {@code waves} table: its rows in the catalog's order, and the upsert and removal of one. */
final class WavesTable {
    /** The catalog's order of the waves: by the start of their fieldwork (waves without one last), then name. */
    static final String ORDER = " ORDER BY fieldwork_from NULLS LAST, wave";

    private WavesTable() {
    }

    static List<CatalogWave> all(Connection connection) throws SQLException {
        List<CatalogWave> waves = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT wave, survey, fieldwork_from, fieldwork_to, result_file, "
                     + "result_bytes, result_sha256, run_id, method, registered_at, schema_name FROM main.waves" + ORDER)) {
            while (rs.next()) {
                waves.add(new CatalogWave(rs.getString(1), rs.getString(2), date(rs.getDate(3)), date(rs.getDate(4)),
                        Path.of(rs.getString(5)), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10).toLocalDateTime(), rs.getString(11)));
            }
        }
        return waves;
    }

    /** Replaces the row of {@code wave.wave()} by {@code wave}. */
    static void put(Connection connection, CatalogWave wave) throws SQLException {
        delete(connection, wave.wave());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO main.waves VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, wave.wave());
            insert.setString(2, wave.survey());
            setDate(insert, 3, wave.fieldworkFrom());
            setDate(insert, 4, wave.fieldworkTo());
            insert.setString(5, wave.resultFile().toString());
            insert.setLong(6, wave.resultBytes());
            insert.setString(7, wave.resultSha256());
            insert.setString(8, wave.runId());
            insert.setString(9, wave.method());
            insert.setTimestamp(10, Timestamp.valueOf(wave.registeredAt()));
            insert.setString(11, wave.schemaName());
            insert.executeUpdate();
        }
    }

    static void delete(Connection connection, String wave) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM main.waves WHERE wave = ?")) {
            delete.setString(1, wave);
            delete.executeUpdate();
        }
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
