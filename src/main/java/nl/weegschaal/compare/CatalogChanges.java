package nl.weegschaal.compare;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.weegschaal.publish.catalog.CatalogWave;
import nl.weegschaal.publish.catalog.Change;
import nl.weegschaal.publish.catalog.ChangeSource;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.store.RunStore;

/**
 * The catalog's {@code changes} between two consecutive waves, computed by {@code compare} from their result
 * files: overlapping samples, independent waves or the same respondents as {@code compare} detects them. Each
 * proportion cell in both waves is one row; {@code significant} is the cell's own test at 5% (p < 0.05).
 * The answers per respondent that pair the establishments are in the result files only, so when a wave's
 * file is no longer where it was registered, the pair's cells (from the catalog's copies) are kept untested
 * and say why.
 */
public final class CatalogChanges implements ChangeSource {

    /** The {@code comparison} of a pair whose result file is gone: no case could be decided. */
    static final String NOT_PAIRED = "not compared: a result file is missing";

    @Override
    public List<Change> between(CatalogWave from, CatalogWave to, Connection catalog) throws SQLException {
        for (CatalogWave wave : List.of(from, to)) {
            if (!Files.isRegularFile(wave.resultFile())) {
                return untested(from, to, catalog, "not tested: " + wave.resultFile() + " (" + wave.wave() + ") is no "
                        + "longer where it was registered, and only it holds the answers that pair the establishments");
            }
        }
        Comparison comparison = Compare.changes(from.resultFile(), to.resultFile());
        List<Change> changes = new ArrayList<>();
        for (CellChange cell : comparison.inBoth()) {
            if (cell.old().estimate() != null && cell.neu().estimate() != null) {
                changes.add(row(from.wave(), to.wave(), cell, comparison.kind()));
            }
        }
        return changes;
    }

    /** Every proportion cell of both waves, from the catalog's copies of their estimates, untested. */
    private static List<Change> untested(CatalogWave from, CatalogWave to, Connection catalog, String note)
            throws SQLException {
        String sql = "SELECT a.variable, a.level, a.domain_var, a.domain_value, a.estimate, b.estimate FROM "
                + RunStore.quote(from.schemaName()) + ".estimates a JOIN " + RunStore.quote(to.schemaName())
                + ".estimates b USING "
                + "(variable, level, domain_var, domain_value) WHERE a.level IS NOT NULL AND a.estimate IS NOT NULL "
                + "AND b.estimate IS NOT NULL ORDER BY ALL";
        List<Change> changes = new ArrayList<>();
        try (Statement statement = catalog.createStatement(); ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                changes.add(new Change(from.wave(), to.wave(), r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getDouble(5), r.getDouble(6), r.getDouble(6) - r.getDouble(5), null, null,
                        null, null, null, null, NOT_PAIRED, note));
            }
        }
        return changes;
    }

    private static Change row(String from, String to, CellChange cell, ComparisonKind kind) {
        CellKey key = cell.key();
        double old = cell.old().estimate();
        double neu = cell.neu().estimate();
        DifferenceTest test = cell.test();
        return new Change(from, to, key.variable(), key.level(), key.domainVar(), key.domainValue(), old, neu,
                neu - old, test == null ? null : test.seDifference(), test == null ? null : test.interval().low(),
                test == null ? null : test.interval().high(), test == null ? null : test.pValue(),
                test == null ? null : test.significant5pct(), cell.inBoth(), kind.label(), cell.note());
    }
}
