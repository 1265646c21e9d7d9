package nl.weegschaal.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.weegschaal.result.Cell;
import nl.weegschaal.result.CellKey;
import nl.weegschaal.result.ResultReader;
import nl.weegschaal.result.StratumRow;
import org.jspecify.annotations.Nullable;

/**
 * What {@code compare} needs of a result file of {@code weigh} or of the wave job, read with
 * {@link ResultReader}: its cells, its strata, its run and the checksums of its response inputs
 * (every input but the spec and the frame), and each cell's {@code reliability} if the result stores it
 * (empty if not).
 */
public record ResultFile(Path path, Map<CellKey, Cell> cells, Map<CellKey, String> reliability,
                         List<String> strataColumns, List<StratumRow> strata, Set<String> responseChecksums,
                         @Nullable String runId, @Nullable String method) {

    public static ResultFile read(Path path) {
        if (!Files.exists(path)) {
            throw new CompareException(path + " does not exist");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new CompareException(path + " is not a readable file");
        }
        ResultReader reader;
        try {
            reader = ResultReader.open(path);
        } catch (SQLException e) {
            throw new CompareException(path + " is not a result file of weegschaal (not a DuckDB database: "
                    + firstLine(e) + ")", e);
        }
        try (reader) {
            if (!reader.tables().contains("estimates")) {
                throw new CompareException(path + " is not a result file of weegschaal: it has no estimates table");
            }
            // percentages only: totals and means of numeric questions are not in percentage points
            Map<CellKey, Cell> cells = reader.proportionCells();
            List<StratumRow> strata = reader.strata();
            Set<String> checksums = reader.responseChecksums();
            Map<String, Object> run = reader.run();
            return new ResultFile(path, cells, reader.reliability(), reader.strataColumns(), strata, checksums,
                    Objects.toString(run.get("run_id"), null), Objects.toString(run.get("method"), null));
        } catch (SQLException e) {
            throw new CompareException("cannot read " + path + ": " + firstLine(e), e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
