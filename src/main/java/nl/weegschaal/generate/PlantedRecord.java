package nl.weegschaal.generate;

/**
 * A bad record that {@link WaveExportGenerator} planted on purpose, for ingest and reject tests.
 *
 * @param file      the file name, {@code cati.csv} or {@code cawi.xlsx}
 * @param lineOrRow for {@code cati.csv} the line number counting the header as line 1; for
 *                  {@code cawi.xlsx} the row number as a spreadsheet shows it, header row = 1
 *                  (POI row index + 1)
 * @param id        the record's id (RESPNR / Vestigingsnummer)
 * @param problem   what is wrong with it, in words
 */
public record PlantedRecord(String file, long lineOrRow, String id, String problem) {
}
