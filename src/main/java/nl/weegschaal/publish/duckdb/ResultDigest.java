package nl.weegschaal.publish.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import nl.weegschaal.OutputException;
import nl.weegschaal.result.ResultReader;
import nl.weegschaal.result.TableDigest;

/**
 * A fingerprint of each table of a result file: its rows and a hash of its content in a fixed
 * order, so that two results can be checked for being the same (a re-run, a restarted run, a run
 * on another machine) without opening them side by side. The {@code runs} and {@code inputs}
 * tables are left out: they record when and where a run happened, which differs between equal
 * results.
 */
public final class ResultDigest {
    private ResultDigest() {
    }

    /** The fingerprints of {@code file}'s tables, as {@link ResultReader#digests()} reads them. */
    public static List<TableDigest> of(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OutputException(file + " does not exist or is not a file");
        }
        try (ResultReader reader = ResultReader.open(file)) {
            return reader.digests();
        } catch (SQLException e) {
            throw new OutputException("cannot read the result file " + file + ": " + e.getMessage(), e);
        }
    }
}
