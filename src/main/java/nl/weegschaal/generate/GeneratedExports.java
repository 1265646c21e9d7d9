package nl.weegschaal.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link WaveExportGenerator#write} produced.
 *
 * @param cati        the written {@code cati.csv}
 * @param cawi        the written {@code cawi.xlsx}
 * @param frame       the written {@code frame.csv}
 * @param catiRecords data lines in {@code cati.csv}, planted bad records included
 * @param cawiRecords data rows in {@code cawi.xlsx}, planted bad records included
 * @param planted     the planted bad records, by file then line/row; empty unless asked for. They
 *                    come on top of the valid respondents, so
 *                    {@code catiRecords + cawiRecords == respondents + planted.size()}
 */
public record GeneratedExports(Path cati, Path cawi, Path frame, int catiRecords, int cawiRecords,
        List<PlantedRecord> planted) {
    public GeneratedExports {
        planted = List.copyOf(planted);
    }
}
