package nl.weegschaal.publish.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.OutputException;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.result.PublishedCell;
import nl.weegschaal.result.ResultReader;
import nl.weegschaal.result.StratumRow;
import nl.weegschaal.weighting.WeightDiagnostic;
import org.jspecify.annotations.Nullable;

/**
 * What the workbook needs from a result file, read once with {@link ResultReader}: the estimates,
 * the strata, respondents per mode, the run and the weight diagnostics.
 *
 * @param published     the estimates with their published interval and reliability
 * @param domainN       respondents per question and domain (the largest {@code n_unweighted} of its levels)
 * @param strataColumns the columns that {@code strata}'s keys hold, in order
 * @param run           the {@code runs} row by column name (null values left out)
 * @param diagnostics   the {@code weight_diagnostics} rows; empty for a result without them
 * @param strataDetails the {@code strata} rows with all their columns (collapsing, trimming), by column name
 */
record ResultData(Map<CellKey, Cell> cells, Map<CellKey, PublishedCell> published, Map<Domain, Long> domainN, List<String> strataColumns,
                  List<StratumRow> strata, Map<String, Long> modes, Map<String, Object> run,
                  List<WeightDiagnostic> diagnostics, List<Map<String, Object>> strataDetails) {

    /** A domain of a question. */
    record Domain(String variable, String domainVar, String domainValue) {
    }

    @Nullable Cell cell(String variable, String level, String domainVar, String domainValue) {
        return cells.get(new CellKey(variable, level, domainVar, domainValue));
    }

    @Nullable PublishedCell published(String variable, String level, String domainVar, String domainValue) {
        return published.get(new CellKey(variable, level, domainVar, domainValue));
    }

    /** The respondents in a domain of a question (0 if the domain has none). */
    long n(String variable, String domainVar, String domainValue) {
        return domainN.getOrDefault(new Domain(variable, domainVar, domainValue), 0L);
    }

    static ResultData read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OutputException("the result file " + file + " does not exist; run the wave first");
        }
        try (ResultReader reader = ResultReader.open(file)) {
            Map<CellKey, Cell> cells = reader.cells();
            List<StratumRow> strata = reader.strata();
            Map<String, Long> modes = reader.respondentsPerMode();
            Map<String, Object> run = reader.run();
            return new ResultData(cells, reader.publishedCells(), domainN(cells), reader.strataColumns(), strata, modes,
                    run, diagnostics(reader, file), reader.strataDetails());
        } catch (SQLException e) {
            throw new OutputException("cannot read the result file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<Domain, Long> domainN(Map<CellKey, Cell> cells) {
        Map<Domain, Long> domainN = new HashMap<>();
        for (Map.Entry<CellKey, Cell> cell : cells.entrySet()) {
            CellKey key = cell.getKey();
            Long n = cell.getValue().respondents();
            domainN.merge(new Domain(key.variable(), key.domainVar(), key.domainValue()), n == null ? 0 : n,
                    Math::max);
        }
        return domainN;
    }

    private static List<WeightDiagnostic> diagnostics(ResultReader reader, Path file) {
        try {
            return reader.weightDiagnostics();
        } catch (SQLException e) {
            throw new OutputException("cannot read the weight diagnostics of " + file + ": " + e.getMessage(), e);
        }
    }
}
