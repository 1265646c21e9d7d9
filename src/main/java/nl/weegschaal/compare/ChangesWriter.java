package nl.weegschaal.compare;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.weegschaal.publish.AtomicOutput;
import nl.weegschaal.result.CellKey;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Writes a comparison as one DuckDB file, atomically: {@code changes} (per cell), {@code weight_changes}
 * and {@code frame_changes} (per stratum) and {@code comparison} (one row: the two files and the kind).
 */
public final class ChangesWriter {
    private ChangesWriter() {
    }

    public static void write(Path target, Comparison comparison) {
        AtomicOutput.write(target, file -> {
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
                changes(duck, comparison);
                weightChanges(duck, comparison);
                frameChanges(duck, comparison);
                summary(duck, comparison);
                execute(duck, "CHECKPOINT");
            }
        });
    }

    private static void changes(DuckDBConnection duck, Comparison comparison) throws SQLException {
        execute(duck, "CREATE TABLE changes (variable VARCHAR NOT NULL, level VARCHAR NOT NULL, "
                + "domain_var VARCHAR NOT NULL, domain_value VARCHAR NOT NULL, status VARCHAR NOT NULL, "
                + "comparison VARCHAR NOT NULL, percent_old DOUBLE, percent_new DOUBLE, difference_points DOUBLE, "
                + "se_old_points DOUBLE, se_new_points DOUBLE, se_difference_points DOUBLE, z DOUBLE, "
                + "p_value DOUBLE, q_value DOUBLE, significant BOOLEAN, significant_uncorrected_5pct BOOLEAN, "
                + "tested BOOLEAN NOT NULL, reliability_old VARCHAR, reliability_new VARCHAR, n_old BIGINT, "
                + "n_new BIGINT, note VARCHAR, n_both BIGINT, ci_low_points DOUBLE, ci_high_points DOUBLE)");
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "changes")) {
            for (CellChange c : comparison.cells()) {
                CellKey k = c.key();
                a.beginRow().append(k.variable()).append(k.level()).append(k.domainVar()).append(k.domainValue())
                        .append(c.status().label()).append(comparison.kind().label());
                nullable(a, points(c.old() == null ? null : c.old().estimate()));
                nullable(a, points(c.neu() == null ? null : c.neu().estimate()));
                nullable(a, c.differencePoints());
                nullable(a, points(c.old() == null ? null : c.old().se()));
                nullable(a, points(c.neu() == null ? null : c.neu().se()));
                nullable(a, c.seDifferencePoints());
                DifferenceTest t = c.test();
                nullable(a, t == null ? null : t.z());
                nullable(a, t == null ? null : t.pValue());
                nullable(a, c.qValue());
                nullable(a, c.significant());
                nullable(a, c.significantUncorrected());
                a.append(c.tested());
                nullable(a, c.oldReliability() == null ? null : c.oldReliability().status().code());
                nullable(a, c.newReliability() == null ? null : c.newReliability().status().code());
                nullable(a, c.old() == null ? null : c.old().respondents());
                nullable(a, c.neu() == null ? null : c.neu().respondents());
                nullable(a, c.note());
                nullable(a, c.inBoth());
                nullable(a, t == null ? null : points(t.interval().low()));
                nullable(a, t == null ? null : points(t.interval().high()));
                a.endRow();
            }
        }
    }

    /** A fraction in percentage points, the one unit of {@code changes}. */
    private static @Nullable Double points(@Nullable Double fraction) {
        return fraction == null ? null : 100 * fraction;
    }

    private static void weightChanges(DuckDBConnection duck, Comparison comparison) throws SQLException {
        List<String> columns = comparison.old().strataColumns();
        execute(duck, "CREATE TABLE weight_changes (" + textColumns(columns) + "status VARCHAR NOT NULL, "
                + "respondents_old BIGINT, respondents_new BIGINT, weight_old DOUBLE, weight_new DOUBLE, ratio DOUBLE)");
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "weight_changes")) {
            for (StratumChange s : comparison.weightChanges()) {
                key(a, s).append(s.status());
                nullable(a, s.old() == null ? null : s.old().respondents());
                nullable(a, s.neu() == null ? null : s.neu().respondents());
                nullable(a, s.old() == null ? null : s.old().weight());
                nullable(a, s.neu() == null ? null : s.neu().weight());
                nullable(a, s.weightRatio());
                a.endRow();
            }
        }
    }

    private static void frameChanges(DuckDBConnection duck, Comparison comparison) throws SQLException {
        List<String> columns = comparison.old().strataColumns();
        execute(duck, "CREATE TABLE frame_changes (" + textColumns(columns) + "status VARCHAR NOT NULL, "
                + "population_old DOUBLE, population_new DOUBLE, difference DOUBLE)");
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "frame_changes")) {
            for (StratumChange s : comparison.frameChanges()) {
                key(a, s).append(s.status());
                nullable(a, s.old() == null ? null : s.old().population());
                nullable(a, s.neu() == null ? null : s.neu().population());
                nullable(a, s.populationDifference());
                a.endRow();
            }
        }
    }

    private static void summary(DuckDBConnection duck, Comparison c) throws SQLException {
        execute(duck, "CREATE TABLE comparison (old_file VARCHAR NOT NULL, new_file VARCHAR NOT NULL, "
                + "old_run_id VARCHAR, new_run_id VARCHAR, old_method VARCHAR, new_method VARCHAR, "
                + "comparison VARCHAR NOT NULL, rule VARCHAR NOT NULL, old_response_sha256 VARCHAR, "
                + "new_response_sha256 VARCHAR, cells_in_both BIGINT, cells_only_old BIGINT, cells_only_new BIGINT, "
                + "cells_moved_over_1_point BIGINT, cells_not_publishable BIGINT, publication_rule VARCHAR NOT NULL, "
                + "tests BIGINT, fdr_method VARCHAR, fdr_level DOUBLE, cells_significant BIGINT, "
                + "cells_significant_uncorrected_5pct BIGINT, strata_comparable BOOLEAN, "
                + "weight_strata BIGINT, weight_ratio_min DOUBLE, weight_ratio_median DOUBLE, "
                + "weight_ratio_max DOUBLE, weight_strata_changed_over_1pct BIGINT, frame_strata_changed BIGINT, "
                + "establishments_in_both BIGINT)");
        WeightChangeSummary w = c.weightSummary();
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "comparison")) {
            a.beginRow().append(c.old().path().toAbsolutePath().toString())
                    .append(c.neu().path().toAbsolutePath().toString());
            nullable(a, c.old().runId());
            nullable(a, c.neu().runId());
            nullable(a, c.old().method());
            nullable(a, c.neu().method());
            a.append(c.kind().label()).append(c.rule())
                    .append(String.join(",", c.old().responseChecksums()))
                    .append(String.join(",", c.neu().responseChecksums()))
                    .append(c.count(CellChange.Status.BOTH)).append(c.count(CellChange.Status.ONLY_OLD))
                    .append(c.count(CellChange.Status.ONLY_NEW)).append(c.movedMoreThan(1))
                    .append(c.notPublishableInBoth()).append(c.publicationRule());
            boolean tested = c.kind().tested();
            nullable(a, tested ? c.tested() : null);
            nullable(a, tested ? BenjaminiHochberg.METHOD : null);
            nullable(a, tested ? BenjaminiHochberg.FDR : null);
            nullable(a, tested ? c.significant() : null);
            nullable(a, tested ? c.significantUncorrected() : null);
            a.append(c.strataComparable()).append((long) w.strata());
            nullable(a, w.strata() == 0 ? null : w.minRatio());
            nullable(a, w.strata() == 0 ? null : w.medianRatio());
            nullable(a, w.strata() == 0 ? null : w.maxRatio());
            a.append((long) w.changedMoreThan1Pct()).append((long) c.frameChanges().size());
            nullable(a, c.establishmentsInBoth() == null ? null : c.establishmentsInBoth().longValue());
            a.endRow();
        }
    }

    private static DuckDBAppender key(DuckDBAppender a, StratumChange s) throws SQLException {
        a.beginRow();
        for (String value : s.key()) {
            a.append(value);
        }
        return a;
    }

    private static String textColumns(List<String> columns) {
        StringBuilder sql = new StringBuilder();
        for (String column : columns) {
            sql.append('"').append(column.replace("\"", "\"\"")).append("\" VARCHAR, ");
        }
        return sql.toString();
    }

    private static void nullable(DuckDBAppender a, @Nullable Object value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else if (value instanceof Double d) {
            a.append(d.doubleValue());
        } else if (value instanceof Long l) {
            a.append(l.longValue());
        } else if (value instanceof Boolean b) {
            a.append(b.booleanValue());
        } else {
            a.append(value.toString());
        }
    }

    private static void execute(DuckDBConnection duck, String sql) throws SQLException {
        try (Statement statement = duck.createStatement()) {
            statement.execute(sql);
        }
    }
}
