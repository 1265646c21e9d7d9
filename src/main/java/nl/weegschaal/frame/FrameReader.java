package nl.weegschaal.frame;

import nl.weegschaal.weighting.StratumKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.ingest.CsvFiles;
import nl.weegschaal.ingest.CsvRecordReader;
import nl.weegschaal.ingest.SourceRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads a population frame: one row per stratum with the strata columns and a count column. Every
 * stratum must be listed once, with a count that is a positive whole number written in digits (see
 * {@link PopulationCount}). Surrounding spaces of a value are ignored, as everywhere else.
 */
public final class FrameReader {
    private FrameReader() {
    }

    public static PopulationFrame read(Path path, List<String> strataColumns, String countColumn) {
        List<String> required = new java.util.ArrayList<>(strataColumns);
        required.add(countColumn);
        CsvRecordReader reader = new CsvRecordReader(path, required);
        Map<StratumKey, Double> counts = new LinkedHashMap<>();
        Map<StratumKey, Long> lines = new LinkedHashMap<>();
        reader.open(new ExecutionContext());
        try {
            // the reader has checked that the strata and count columns are there
            int[] strata = CsvFiles.positions(reader.header(), strataColumns);
            int count = reader.header().indexOf(countColumn);
            for (SourceRecord row = reader.read(); row != null; row = reader.read()) {
                StratumKey key = key(row, strata, strataColumns);
                double n = population(row, count, countColumn, key);
                Long first = lines.putIfAbsent(key, row.line());
                if (first != null) {
                    throw new FrameException(row.location() + ": stratum " + key
                            + " is listed twice in the frame (first on line " + first + ")");
                }
                counts.put(key, n);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new FrameException(path + ": cannot read the frame: " + e.getMessage());
        } finally {
            reader.close();
        }
        if (counts.isEmpty()) {
            throw new FrameException(path + ": the frame has no strata");
        }
        return new PopulationFrame(path, strataColumns, counts);
    }

    private static StratumKey key(SourceRecord row, int[] positions, List<String> columns) {
        String[] values = new String[positions.length];
        for (int k = 0; k < positions.length; k++) {
            values[k] = row.value(positions[k]).trim(); // as the responses' values: surrounding spaces do not count
            if (SourceRecord.isMissing(values[k])) {
                throw new FrameException(row.location() + ": the stratum column '" + columns.get(k)
                        + "' is empty in the frame");
            }
        }
        return StratumKey.of(values);
    }

    private static double population(SourceRecord row, int position, String column, StratumKey key) {
        String text = row.value(position).trim();
        if (SourceRecord.isMissing(text)) {
            throw new FrameException(row.location() + ": stratum " + key + " has no population count ("
                    + column + " is missing)");
        }
        try {
            return PopulationCount.parse(text);
        } catch (PopulationCount.Invalid e) {
            throw new FrameException(row.location() + ": stratum " + key + " has population count " + column
                    + " = '" + PopulationCount.shown(text) + "', which " + e.getMessage());
        }
    }
}
