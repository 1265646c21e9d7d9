package nl.weegschaal.job;

import java.sql.SQLException;
import nl.weegschaal.spec.DerivedLevel;
import nl.weegschaal.spec.Level;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.WaveSpec;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The {@code codebook} table of a wave's result: every question and level with its labels, and the
 * question's sheet names in the workbook ({@code sheet}, {@code sheet_en}), so that a workbook made
 * from results alone (the trend workbook, from the wave catalog) names its sheets as the wave's does.
 */
final class CodebookTable {
    private CodebookTable() {
    }

    static void write(DuckDBConnection connection, WaveSpec spec) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE codebook (variable VARCHAR, type VARCHAR, question VARCHAR, "
                    + "question_en VARCHAR, asked_of VARCHAR, position INTEGER, level VARCHAR, kind VARCHAR, "
                    + "value VARCHAR, label_nl VARCHAR, label_en VARCHAR, dont_know BOOLEAN, combines VARCHAR, "
                    + "sheet VARCHAR, sheet_en VARCHAR)");
        }
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "codebook")) {
            for (Question q : spec.codebook().values()) {
                String askedOf = q.askedOf().describe();
                if (q.numeric() != null) {
                    // no levels: one row with the unit as its labels and the valid range as its value
                    String range = q.numeric().range();
                    row(appender, q, askedOf, 1, null, "unit", range.isEmpty() ? null : range, q.numeric().unitNl(),
                            q.numeric().unitEn(), false, null);
                    continue;
                }
                int position = 0;
                for (Level level : q.levels()) {
                    row(appender, q, askedOf, ++position, level.code(), q.multiple() ? "option" : "level",
                            level.value(), level.nl(), level.en(), level.code().equals(q.dontKnow()), null);
                }
                for (DerivedLevel level : q.derived()) {
                    row(appender, q, askedOf, ++position, level.code(), "derived", null, level.nl(), level.en(), false,
                            String.join(",", level.of()));
                }
            }
        }
    }

    private static void row(DuckDBAppender appender, Question q, String askedOf, int position, String level,
                            String kind, String value, String nl, String en, boolean dontKnow, String combines)
            throws SQLException {
        appender.beginRow().append(q.name()).append(q.numeric() != null ? "numeric" : q.multiple() ? "multiple"
                : "single").append(q.text()).append(q.textEn()).append(askedOf).append(position);
        if (level == null) {
            appender.appendNull();
        } else {
            appender.append(level);
        }
        appender.append(kind);
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
        appender.append(nl).append(en).append(dontKnow);
        if (combines == null) {
            appender.appendNull();
        } else {
            appender.append(combines);
        }
        appender.append(q.sheet()).append(q.sheetEn());
        appender.endRow();
    }
}
